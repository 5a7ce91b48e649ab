// One node per real-world meeting, however many articles report it.
CREATE CONSTRAINT meeting_key_unique IF NOT EXISTS FOR (n:Meeting) REQUIRE n.key IS UNIQUE
