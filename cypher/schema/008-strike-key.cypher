// One node per real-world strike, however many articles report it.
CREATE CONSTRAINT strike_key_unique IF NOT EXISTS FOR (n:Strike) REQUIRE n.key IS UNIQUE
