// A person known so far only by surname gets the full name an article now gives:
// the node keeps its edges and takes the full name's key.
// Parameters: $fromKey, $toKey, $name
MATCH (p:Person {key: $fromKey})
SET p.key = $toKey, p.name = $name, p.aliases = [alias IN p.aliases WHERE alias <> $name]
