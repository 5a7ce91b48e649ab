// Articles are identified by the caller's id (or the sha256 of their text).
CREATE CONSTRAINT article_id_unique IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE
