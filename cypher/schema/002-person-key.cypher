// One node per real-world person: the key is deterministic, so ingestion MERGEs onto it.
CREATE CONSTRAINT person_key_unique IF NOT EXISTS FOR (n:Person) REQUIRE n.key IS UNIQUE
