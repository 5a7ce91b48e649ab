// Keys carry their type, so they are unique across all actors too; this backs lookups by key alone (node(id:)).
CREATE CONSTRAINT actor_key_unique IF NOT EXISTS FOR (n:Actor) REQUIRE n.key IS UNIQUE
