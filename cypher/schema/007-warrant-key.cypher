// One node per real-world warrant, however many articles report it.
CREATE CONSTRAINT warrant_key_unique IF NOT EXISTS FOR (n:Warrant) REQUIRE n.key IS UNIQUE
