MATCH (a:Person {name: $name})-[r:KNOWS|LIKES*1..3]->(b)
WHERE a.age > 30 AND b.name STARTS WITH "A"
RETURN DISTINCT a.name AS name, count(*) ORDER BY name DESC SKIP 1 LIMIT 10