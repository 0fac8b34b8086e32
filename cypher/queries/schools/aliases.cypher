// @title 学校别名与曾用名 | Schools with other names
// @description Schools the article names in more than one way or with a former name (原…).
MATCH (s:School)
WHERE size(s.aliases) > 0
RETURN s.name AS school, s.aliases AS aliases, s.former_names AS former_names
ORDER BY school
