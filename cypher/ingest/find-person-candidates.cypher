// People already in the graph who share a surname with a person of the incoming article,
// for cross-article resolution ("Netanyahu" ↔ "Benjamin Netanyahu").
// Parameters: $surnameKeys (list of strings)
UNWIND $surnameKeys AS surnameKey
MATCH (p:Person {surnameKey: surnameKey})
RETURN p.key AS key, p.name AS name, p.surnameKey AS surnameKey
