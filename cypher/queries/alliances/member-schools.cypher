// @title 联盟成员校与受援校 | Member, coordinated and supported schools of an alliance
// @description One-hop look-up of the schools directly linked to an alliance and how.
// @param alliance: string = "沪果职教联盟"  -- the alliance's Chinese name
MATCH (a:Alliance {name: $alliance})-[r:MEMBER_OF|COORDINATED_BY|SUPPORTS]-(s:School)
RETURN a, r, s, type(r) AS relationship, s.name AS school, s.level AS level
ORDER BY relationship, school
