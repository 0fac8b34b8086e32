// @title 学成回乡任教 | Students who became teachers back home
// @description People who studied at a school in one region and now work at a school in their home region
// (their home region or a region inside it), e.g. the Xinjiang student of 上海市群益职业技术学校 who went to
// university and returned to Zepu as a teacher.
MATCH (p:Person)-[:STUDIED_AT]->(studied:School)-[:LOCATED_IN]->(studyRegion:Region)
MATCH (p)-[work:WORKS_AT]->(school:School)-[:LOCATED_IN]->(workRegion:Region)
MATCH (p)-[:COMES_FROM]->(home:Region)
MATCH (workRegion)-[:PART_OF*0..4]->(home)
WHERE studied <> school AND studyRegion <> workRegion
RETURN p.name AS person, studied.name AS studied_at, studyRegion.name AS study_region,
       school.name AS teaches_at, workRegion.name AS work_region, home.name AS home, work.role_zh AS role
ORDER BY person
