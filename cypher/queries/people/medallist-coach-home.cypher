// @title 金牌选手的教练及其家乡 | From a medallist to her coach to his home region
// @description Multi-hop chain: a competitor who won a medal, the coach who coached them, the coach's own
// medals, the coach's home region and the province it belongs to.
// @param medal: string = "gold"  -- medal property of WON (gold)
MATCH (student:Person)-[won:WON {medal: $medal}]->(competition:Competition)
MATCH (coach:Person)-[:COACHED]->(student)
MATCH (coach)-[:COMES_FROM]->(home:Region)
OPTIONAL MATCH (home)-[:PART_OF]->(province:Region)
OPTIONAL MATCH (coach)-[coachWon:WON]->(coachCompetition:Competition)
RETURN student.name AS student, competition.name AS competition, won.event AS event,
       coach.name AS coach, collect(DISTINCT coachCompetition.name) AS coach_competitions,
       home.name AS home, province.name AS province
ORDER BY student
