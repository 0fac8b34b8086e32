// @title 各省级地区的学生与教师 | Students and teachers per province-level region
// @description Aggregate: people who studied or work at a school in each province, autonomous region or
// municipality, split by their relationship to the school.
MATCH (p:Person)-[r:STUDIED_AT|WORKS_AT]->(s:School)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..4]->(province:Region)
WHERE province.level IN ['province', 'autonomous-region', 'municipality']
WITH province, type(r) AS relationship, p ORDER BY p.name
RETURN province.name AS region, relationship, count(DISTINCT p) AS people, collect(DISTINCT p.name) AS names
ORDER BY region, relationship
