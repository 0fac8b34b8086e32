// @title 学校与企业 | A school's enterprises: partners, placements, hiring
// @description One-hop look-up of the enterprises, hotels and associations linked to a school, with the
// numbers of students placed.
// @param school: string = "兰坪职业中学"  -- the school's Chinese name
MATCH (s:School {name: $school})-[r]-(e)
WHERE e:Enterprise OR e:Association OR e:Kindergarten
RETURN s, r, e, type(r) AS relationship, e.name AS partner, r.count AS students, r.commitment AS commitment
ORDER BY partner
