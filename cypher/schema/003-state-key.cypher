// One node per real-world state: the key is deterministic, so ingestion MERGEs onto it.
CREATE CONSTRAINT state_key_unique IF NOT EXISTS FOR (n:State) REQUIRE n.key IS UNIQUE
