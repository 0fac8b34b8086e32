// @title 实习与就业去向 | Internships and job placements
// @description Where students were placed for internships or jobs, with the numbers the article gives.
MATCH (source)-[r:PLACED_STUDENTS_AT|INTERNED_AT|HIRES_GRADUATES_OF]->(target)
RETURN type(r) AS relationship, source.name AS subject, target.name AS object,
       CASE WHEN r.count IS NULL THEN r.students ELSE r.count END AS students, r.year AS year
ORDER BY relationship, subject, object
