// One node per real-world place: the key is deterministic, so ingestion MERGEs onto it.
CREATE CONSTRAINT place_key_unique IF NOT EXISTS FOR (n:Place) REQUIRE n.key IS UNIQUE
