// See actor-names-synchronous.cypher; recreated by schema/012-actor-names-fulltext.
DROP INDEX actor_names IF EXISTS
