// @title 校友带校友 | Coaches who coach students of their own school
// @description Pairs where the coach studied at the same school as the student they coached.
MATCH (coach:Person)-[c:COACHED]->(student:Person)
MATCH (coach)-[:STUDIED_AT]->(school:School)<-[:STUDIED_AT]-(student)
RETURN coach.name AS coach, student.name AS student, school.name AS school, c.skill AS skill, c.year AS year
