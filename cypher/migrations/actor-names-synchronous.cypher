// Databases made before actor_names became eventually consistent still have it synchronous:
// returns a row when the index has to be dropped so the schema statement can recreate it.
SHOW FULLTEXT INDEXES
YIELD name, options
WHERE name = 'actor_names' AND NOT coalesce(options.indexConfig.`fulltext.eventually_consistent`, false)
RETURN name
