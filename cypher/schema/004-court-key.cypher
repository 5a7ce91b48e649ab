// One node per real-world court: the key is deterministic, so ingestion MERGEs onto it.
CREATE CONSTRAINT court_key_unique IF NOT EXISTS FOR (n:Court) REQUIRE n.key IS UNIQUE
