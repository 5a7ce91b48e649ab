// ResolutionLock nodes serialise cross-article identity decisions (one per surname or event
// anchor): a writer MERGEs and locks one before looking for existing people or events, so two
// articles about the same strike written at once cannot both decide it is new.
CREATE CONSTRAINT resolution_lock_key IF NOT EXISTS FOR (n:ResolutionLock) REQUIRE n.key IS UNIQUE
