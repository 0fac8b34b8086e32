// @title 上海派出的援教教师 | Teachers Shanghai sent and where
// @description Teachers sent from Shanghai schools to partner schools, with the regions of both ends.
MATCH (p:Person)-[sent:SENT_TO]->(destination:School)-[:LOCATED_IN]->(region:Region)
MATCH (p)-[:WORKS_AT]->(origin:School)
RETURN p.name AS teacher, origin.name AS from_school, destination.name AS to_school, region.name AS region,
       sent.year AS year, sent.month AS month, sent.programme AS programme
ORDER BY teacher
