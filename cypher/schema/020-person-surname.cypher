// Cross-article person resolution looks people up by surname ("Netanyahu").
CREATE INDEX person_surname IF NOT EXISTS FOR (n:Person) ON (n.surnameKey)
