// Extends the lease of claims a live worker still holds; the ids returned are still ours.
// Parameters: $claims: list of {id, claimToken}, $leaseMs (integer)
UNWIND $claims AS claim
MATCH (a:Article {id: claim.id})
SET a._lock = true
REMOVE a._lock
WITH a, claim
WHERE a.status = 'processing' AND a.claimToken = claim.claimToken
SET a.leaseUntil = datetime() + duration({milliseconds: $leaseMs})
RETURN a.id AS id
