// Creates or updates the actors one article mentions, with every name it used for them.
// $actors: [{key, type (Person|State|Court|Organization|Place), name, aliases, surnameKey}],
// sorted by key so concurrent writers lock shared actors in the same order.
// Parameters: $actors
UNWIND $actors AS actor
MERGE (n:Actor {key: actor.key})
ON CREATE
  SET n.name = actor.name, n.aliases = []
SET n:$(actor.type)
SET
  n.surnameKey = actor.surnameKey,
  n.aliases = COLLECT {
    UNWIND n.aliases + actor.aliases AS alias
    WITH DISTINCT alias
    WHERE alias <> n.name
    RETURN alias
    ORDER BY alias
  }
