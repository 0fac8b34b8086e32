// @title 上海的对口帮扶地区 | Shanghai's paired regions and their alliances
// @description The regions Shanghai is paired with through the three alliances.
MATCH (sh:Region {name: '上海'})-[p:PAIRED_WITH]->(r:Region)
MATCH (a:Alliance {key: p.alliance})
OPTIONAL MATCH (r)-[:PART_OF]->(province:Region)
RETURN r.name AS region, province.name AS province, a.name AS alliance
ORDER BY alliance
