// One node per real-world arrest, however many articles report it.
CREATE CONSTRAINT arrest_key_unique IF NOT EXISTS FOR (n:Arrest) REQUIRE n.key IS UNIQUE
