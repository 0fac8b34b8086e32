// @title 人物档案 | Everything about a person
// @description One-hop look-up: every relationship of a person with the other end and the sentence of the
// article that states it.
// @param name: string = "谢国安"  -- the person's Chinese name
MATCH (p:Person {name: $name})-[r]-(x)
RETURN p, r, x, type(r) AS relationship, x.name AS other, x.name_en AS other_en,
       r.quote AS quote, r.paragraph AS paragraph
ORDER BY paragraph, relationship, other
