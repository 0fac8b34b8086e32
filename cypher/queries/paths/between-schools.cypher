// @title 两校之间的联系 | How two schools are connected
// @description The shortest chain of facts linking two schools, e.g. a Shanghai school and the school in
// Xinjiang it sent teachers to.
// @param school: string = "上海市群益职业技术学校"  -- first school's Chinese name
// @param other: string = "泽普技工学校"  -- second school's Chinese name
MATCH (a:School {name: $school}), (b:School {name: $other})
MATCH path = shortestPath((a)-[*..10]-(b))
RETURN path, length(path) AS hops, [n IN nodes(path) | n.name] AS chain, [r IN relationships(path) | type(r)] AS types
