// @title 行政区划层级 | A region's place in the hierarchy
// @description The chain of regions a region belongs to, from county up to the country.
// @param region: string = "泽普县"  -- the region's Chinese name
MATCH path = (r:Region {name: $region})-[:PART_OF*1..5]->(top:Region)
OPTIONAL MATCH (top)-[up:PART_OF]->(:Region)
WITH path, up
WHERE up IS NULL
RETURN path, [n IN nodes(path) | n.name] AS chain, [n IN nodes(path) | n.level] AS levels
