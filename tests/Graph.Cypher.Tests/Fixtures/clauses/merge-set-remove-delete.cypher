MERGE (n:Person {key: 'k'})
ON CREATE SET n.created = 1, n:New
ON MATCH SET n += {seen: true}
SET n = $props, n.x = n.x + 1
REMOVE n.tmp, n:Old
DETACH DELETE n