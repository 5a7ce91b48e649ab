// One node per real-world organization: the key is deterministic, so ingestion MERGEs onto it.
CREATE CONSTRAINT organization_key_unique IF NOT EXISTS FOR (n:Organization) REQUIRE n.key IS UNIQUE
