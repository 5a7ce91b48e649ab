// Event keys carry their type too; this backs lookups by key alone.
CREATE CONSTRAINT event_key_unique IF NOT EXISTS FOR (n:Event) REQUIRE n.key IS UNIQUE
