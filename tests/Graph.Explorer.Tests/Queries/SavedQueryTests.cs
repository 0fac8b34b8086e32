using Graph.Core;
using Record = Graph.Core.Record;
using Graph.Core.Values;
using Graph.Explorer.Tests.Dataset;

namespace Graph.Explorer.Tests.Queries;

/// <summary>
/// Every saved query runs against the seed graph on the embedded engine and answers what the article says.
/// Expected values come from the article's text (paragraph numbers in comments), not from engine output.
/// </summary>
public sealed class SavedQueryTests(SeedDatabaseFixture seed) : IClassFixture<SeedDatabaseFixture>
{
    public static TheoryData<string> Names =>
        [.. Graph.Explorer.Queries.SavedQueryCatalog.Load(SeedPaths.QueriesDirectory).Select(q => q.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Run_EverySavedQueryWithDefaults_ReturnsRows(string name)
    {
        var rows = await seed.RunAsync(name);
        Assert.NotEmpty(rows);
    }

    [Fact]
    public async Task StudentSchools_JiangMengliang_CityConstructionSchoolFrom2015ThenTheCollege()
    {
        var rows = await seed.RunAsync("people/student-schools");
        // ¶0: came to 上海市城市建设学校 in 2015; "同样毕业于这所学校" (上海建设管理职业技术学院).
        Assert.Equal(["上海市城市建设学校", "上海建设管理职业技术学院"], Strings(rows, "school"));
        Assert.Equal(2015L, rows[0]["since"]);
        Assert.IsType<Node>(rows[0]["s"]);
    }

    [Fact]
    public async Task MedallistCoachHome_Gold_JiangChenqiCoachedByJiangMengliangFromXishuangbanna()
    {
        var row = Assert.Single(await seed.RunAsync("people/medallist-coach-home"));
        // ¶0 and ¶7: 蒋晨琪's coach 蒋孟良 (2017 gold) comes from 西双版纳, Yunnan.
        Assert.Equal("蒋晨琪", row["student"]);
        Assert.Equal("第二届全国职业技能大赛", row["competition"]);
        Assert.Equal("蒋孟良", row["coach"]);
        Assert.Equal(["2017年中国国际技能大赛"], List(row["coach_competitions"]));
        Assert.Equal(("西双版纳", "云南省"), (row["home"], row["province"]));
    }

    [Fact]
    public async Task StudentsBecameTeachers_TheQunyiGraduateTeachesInZepu()
    {
        var row = Assert.Single(await seed.RunAsync("people/students-became-teachers"));
        // ¶30: the teacher contestant studied at 上海市群益职业技术学校 and returned to teach in Zepu.
        Assert.Equal("获奖的教师选手", row["person"]);
        Assert.Equal("上海市群益职业技术学校", row["studied_at"]);
        Assert.Equal("泽普县中等职业技术学校", row["teaches_at"]);
        Assert.Equal(("泽普县", "新疆"), (row["work_region"], row["home"]));
    }

    [Fact]
    public async Task AlumniCoaches_JiangMengliangCoachedAFellowStudent()
    {
        var row = Assert.Single(await seed.RunAsync("people/alumni-coaches"));
        Assert.Equal(("蒋孟良", "蒋晨琪", "上海建设管理职业技术学院"), (row["coach"], row["student"], row["school"]));
    }

    [Fact]
    public async Task PersonProfile_XieGuoan_SentToZepuLeadsTheStudioMentoredTheTeacher()
    {
        var rows = await seed.RunAsync("people/person-profile");
        var facts = rows.Select(r => ((string)r["relationship"]!, (string)r["other"]!)).ToHashSet();
        Assert.Contains(("WORKS_AT", "上海市群益职业技术学校"), facts);
        Assert.Contains(("SENT_TO", "泽普技工学校"), facts);
        Assert.Contains(("LEADS", "喀什地区谢国安服装高级定制技能大师工作室"), facts);
        Assert.Contains(("MENTORED", "获奖的教师选手"), facts);
        Assert.Equal(2, facts.Count(f => f.Item1 == "LED_TEAM"));
        Assert.All(rows, r => Assert.Contains((string)r["quote"]!, Article.Text));
    }

    [Fact]
    public async Task CompetitionResults_FiveResultsFrom2017()
    {
        var rows = await seed.RunAsync("people/competition-results");
        Assert.Equal(5, rows.Count);
        Assert.Equal((2017L, "蒋孟良", "gold"), (rows[0]["year"], rows[0]["winner"], rows[0]["medal"]));
        var ranks = rows.Where(r => r["rank"] is not null).ToDictionary(r => (string)r["winner"]!, r => r["rank"]);
        // ¶29-30: 5th place (second prize), teacher contestant 3rd, student contestant 25th.
        Assert.Equal(5L, ranks["泽普技工学校"]);
        Assert.Equal(3L, ranks["获奖的教师选手"]);
        Assert.Equal(25L, ranks["学生选手"]);
    }

    [Fact]
    public async Task ByLevel_NineteenSchoolsInFourLevels()
    {
        var rows = await seed.RunAsync("schools/by-level");
        var counts = rows.ToDictionary(r => (string)r["level"]!, r => (long)r["schools"]!);
        Assert.Equal(new Dictionary<string, long>
        {
            ["secondary-vocational"] = 12, ["higher-vocational"] = 5, ["technician-school"] = 1, ["university"] = 1,
        }, counts);
        Assert.Contains("泽普技工学校", List(rows.Single(r => (string)r["level"]! == "technician-school")["names"]));
    }

    [Fact]
    public async Task InRegion_Kashgar_TwoCollegesAndTheTwoZepuSchools()
    {
        var rows = await seed.RunAsync("schools/in-region");
        Assert.Equal(Sorted(["喀什理工职业技术学院", "喀什职业技术学院", "泽普县中等职业技术学校", "泽普技工学校"]), Sorted(Strings(rows, "school")));
    }

    [Fact]
    public async Task Aliases_YangpuSchoolFormerNameAndTheZepuSpellings()
    {
        var rows = (await seed.RunAsync("schools/aliases")).ToDictionary(r => (string)r["school"]!);
        // ¶25: （原上海市杨浦职业技术学校）; ¶30 and ¶29: other spellings of the Zepu schools.
        Assert.Equal(["上海市杨浦职业技术学校"], List(rows["上海师范大学附属杨浦现代职业学校"]["former_names"]));
        Assert.Contains("泽普县职业技术学校", List(rows["泽普县中等职业技术学校"]["aliases"]));
        Assert.Contains("泽普县技工学校", List(rows["泽普技工学校"]["aliases"]));
    }

    [Fact]
    public async Task EnterpriseLinks_Lanping_SixteenAndTwentyEightStudentsAndTheEmploymentPledge()
    {
        var rows = (await seed.RunAsync("schools/enterprise-links")).ToDictionary(r => (string)r["partner"]!);
        // ¶25: 16 students to car repair companies, 28 to large enterprises and hotels, all graduates employed.
        Assert.Equal(16L, rows["上海相关大型汽车维修和服务有限公司"]["students"]);
        Assert.Equal(28L, rows["上海相关大型企业"]["students"]);
        Assert.Equal(28L, rows["上海相关知名高端酒店"]["students"]);
        Assert.Equal("落实全部毕业生就业", rows["浦东新区企业和企业家联合会"]["commitment"]);
    }

    [Fact]
    public async Task Overview_ThreeAlliancesWithTheirYearsAndRegions()
    {
        var rows = (await seed.RunAsync("alliances/overview")).ToDictionary(r => (string)r["alliance"]!);
        Assert.Equal(3, rows.Count);
        Assert.Equal(2013L, rows["沪喀职教联盟"]["since"]);          // ¶12: 成立已有10年
        Assert.Equal(2016L, rows["沪滇职教联盟"]["since"]);          // ¶38: 发展七年来
        Assert.Equal(2012L, rows["沪果职教联盟"]["first_enrolment"]); // ¶22: 自2012年首次招生以来
        Assert.Equal(["喀什地区"], List(rows["沪喀职教联盟"]["regions"]));
        Assert.Equal(Sorted(["果洛", "西藏"]), Sorted(List(rows["沪果职教联盟"]["regions"])));
        Assert.Equal(5L, rows["沪喀职教联盟"]["figures"]);
    }

    [Fact]
    public async Task Figures_HuGuo_602StudentsSince2012AndFortyTeacherPlacements()
    {
        var rows = (await seed.RunAsync("alliances/figures")).ToDictionary(r => (string)r["metric"]!);
        Assert.Equal((602L, 2012L), (rows["students_trained"]["value"], rows["students_trained"]["since"]));
        Assert.Equal(Sorted(["果洛", "西藏"]), Sorted(List(rows["students_trained"]["regions"])));
        Assert.Equal((40L, "more than"), (rows["teacher_placements"]["value"], rows["teacher_placements"]["qualifier"]));
    }

    [Fact]
    public async Task Targets_2026_TenCraftsmenToTenThousandWorkers()
    {
        var rows = await seed.RunAsync("alliances/targets");
        // ¶12: 10名喀什工匠、100名‘双师型’教师、1000名…毕业生、1万名合格产业工人.
        Assert.Equal([10L, 100L, 1000L, 10000L], rows.Select(r => (long)r["value"]!));
        Assert.All(rows, r => Assert.Equal("沪喀职教联盟会议暨喀什地区职业教育高质量发展论坛", r["announced_at"]));
        Assert.Empty(await seed.RunAsync("alliances/targets", ("year", 2030L)));
    }

    [Fact]
    public async Task SchoolsPerAlliance_CountsDirectAndProgrammeLinks()
    {
        var rows = (await seed.RunAsync("alliances/schools-per-alliance")).ToDictionary(r => (string)r["alliance"]!);
        Assert.Equal(Sorted(["上海城建职业学院", "上海市群益职业技术学校", "喀什理工职业技术学院", "喀什职业技术学院", "泽普县中等职业技术学校", "泽普技工学校"]),
            Sorted(List(rows["沪喀职教联盟"]["names"])));
        Assert.Equal(6L, rows["沪喀职教联盟"]["schools"]);
        Assert.Equal(3L, rows["沪果职教联盟"]["schools"]);
        Assert.Equal(["兰坪职业中学"], List(rows["沪滇职教联盟"]["names"]));
    }

    [Fact]
    public async Task MemberSchools_HuGuo_TwoMembersAndTheShigatseSchool()
    {
        var rows = await seed.RunAsync("alliances/member-schools");
        // ¶27: 沪果 member schools 浦东外事服务学校 and 新陆; ¶34: 日喀则市第二中等职业技术学校.
        Assert.Equal(Sorted(["上海市新陆职业技术学校", "上海市浦东外事服务学校", "日喀则市第二中等职业技术学校"]), Sorted(Strings(rows, "school")));
    }

    [Fact]
    public async Task Hierarchy_Zepu_CountyPrefectureRegionCountry()
    {
        var row = Assert.Single(await seed.RunAsync("regions/hierarchy"));
        Assert.Equal(["泽普县", "喀什地区", "新疆", "中国"], List(row["chain"]));
        Assert.IsType<Graph.Core.Values.Path>(row["path"]);
    }

    [Fact]
    public async Task SchoolsPerProvince_ShanghaiTenXinjiangFourYunnanTwoTibetOne()
    {
        var rows = await seed.RunAsync("regions/schools-per-province");
        Assert.Equal([("上海", 10L), ("新疆", 4L), ("云南省", 2L), ("西藏", 1L)],
            rows.Select(r => ((string)r["region"]!, (long)r["schools"]!)));
    }

    [Fact]
    public async Task PeoplePerProvince_ShanghaiStudentsAndTeachersAndTheTwoInXinjiang()
    {
        var rows = (await seed.RunAsync("regions/people-per-province"))
            .ToDictionary(r => ((string)r["region"]!, (string)r["relationship"]!));
        // Studied in Shanghai: 蒋晨琪, 蒋孟良 (¶0) and the Xinjiang teacher (¶30); teach in Shanghai: 杨钧, 王忠, 谢国安.
        Assert.Equal(Sorted(["蒋晨琪", "蒋孟良", "获奖的教师选手"]), Sorted(List(rows[("上海", "STUDIED_AT")]["names"])));
        Assert.Equal(Sorted(["杨钧", "王忠", "谢国安"]), Sorted(List(rows[("上海", "WORKS_AT")]["names"])));
        Assert.Equal(["获奖的教师选手"], List(rows[("新疆", "WORKS_AT")]["names"]));
        Assert.Equal(["学生选手"], List(rows[("新疆", "STUDIED_AT")]["names"]));
        Assert.Equal(4, rows.Count);
    }

    [Fact]
    public async Task PeopleFromRegion_Yunnan_JiangMengliangAndTheWesternYunnanStudents()
    {
        var rows = await seed.RunAsync("regions/people-from-region");
        Assert.Equal(Sorted(["滇西学子", "滇西班", "蒋孟良"]), Sorted(Strings(rows, "name")));
        Assert.Equal("西双版纳", rows.Single(r => (string)r["name"]! == "蒋孟良")["comes_from"]);
    }

    [Fact]
    public async Task Pairings_ShanghaiPairedWithKashgarGologAndYunnan()
    {
        var rows = await seed.RunAsync("regions/pairings");
        Assert.Equal([("喀什地区", "沪喀职教联盟"), ("果洛", "沪果职教联盟"), ("云南省", "沪滇职教联盟")],
            rows.Select(r => ((string)r["region"]!, (string)r["alliance"]!)).OrderBy(p => p.Item2, StringComparer.Ordinal));
    }

    [Fact]
    public async Task BetweenPeople_JiangChenqiToXieGuoan_FourHopsThroughShanghai()
    {
        var row = Assert.Single(await seed.RunAsync("paths/between-people"));
        Assert.Equal(4L, row["hops"]);
        var chain = List(row["chain"]);
        Assert.Equal(("蒋晨琪", "谢国安"), (chain[0], chain[^1]));
        Assert.Contains("上海", chain);
    }

    [Fact]
    public async Task BetweenSchools_QunyiToZepuTechnician_TwoHops()
    {
        var row = Assert.Single(await seed.RunAsync("paths/between-schools"));
        // ¶29: 群益 sent 谢国安 to 泽普技工学校 (or via the teacher-training project): two hops.
        Assert.Equal(2L, row["hops"]);
    }

    [Fact]
    public async Task ByYear_StartsWith2015AndIsOrdered()
    {
        var rows = await seed.RunAsync("timeline/by-year");
        var years = rows.Select(r => (long)r["year"]!).ToList();
        Assert.Equal(years.Order(), years);
        Assert.Equal((2015L, "蒋孟良", "上海市城市建设学校"), (years[0], rows[0]["subject"], rows[0]["object"]));
        Assert.Contains(rows, r => (long)r["year"]! == 2018 && (string)r["event"]! == "ESTABLISHED" && (string)r["object"]! == "上海职业教育对口帮扶工作协调小组");
        Assert.Contains(rows, r => (long)r["year"]! == 2022 && (string)r["subject"]! == "中组部");
    }

    [Fact]
    public async Task Year_2023_OpeningCeremonyOnSeptember16AndTheZepuProjectInMarch()
    {
        var rows = await seed.RunAsync("timeline/year");
        Assert.Contains(rows, r => (string)r["subject"]! == "喀什理工职业技术学院" && r["date"] is CypherDate d && d.ToString() == "2023-09-16");
        Assert.Contains(rows, r => (string)r["object"]! == "泽普职业学校师资培训项目" && (long?)r["month"] == 3);
        Assert.DoesNotContain(rows, r => (string)r["subject"]! == "中组部");
    }

    [Fact]
    public async Task AllFigures_NineteenLargestTenThousandWorkers()
    {
        var rows = await seed.RunAsync("statistics/all-figures");
        Assert.Equal(19, rows.Count);
        Assert.Equal((10000L, "1万名合格产业工人"), (rows[0]["value"], rows[0]["figure"]));
        Assert.Contains(rows, r => (long)r["value"]! == 9000 && (string)r["qualifier"]! == "nearly");
        Assert.Contains(rows, r => (long)r["value"]! == 153 && (string)r["subject"]! == "国家乡村振兴重点帮扶县教育人才“组团式”帮扶工作");
    }

    [Fact]
    public async Task TeachersSent_WangZhongAndXieGuoanToZepuInMarch2023()
    {
        var rows = await seed.RunAsync("statistics/teachers-sent");
        Assert.Equal([("王忠", "泽普县中等职业技术学校"), ("谢国安", "泽普技工学校")],
            rows.Select(r => ((string)r["teacher"]!, (string)r["to_school"]!)).OrderBy(p => p.Item1, StringComparer.Ordinal));
        Assert.All(rows, r => Assert.Equal(("上海市群益职业技术学校", "泽普县", 2023L, 3L), (r["from_school"], r["region"], r["year"], r["month"])));
    }

    [Fact]
    public async Task Placements_SixInternsThreeHiredAndTheLanpingNumbers()
    {
        var rows = await seed.RunAsync("statistics/placements");
        Assert.Equal(7, rows.Count);
        Assert.Contains(rows, r => (string)r["relationship"]! == "INTERNED_AT" && (long?)r["students"] == 6 && (string)r["subject"]! == "滇西班");
        Assert.Contains(rows, r => (string)r["relationship"]! == "HIRES_GRADUATES_OF" && (long?)r["students"] == 3 && (long?)r["year"] == 2021);
        Assert.Equal([16L, 28L, 28L], rows.Where(r => (string)r["relationship"]! == "PLACED_STUDENTS_AT").Select(r => (long)r["students"]!).Order());
    }

    [Fact]
    public async Task Sources_KashgarPolytechnic_EveryQuoteIsInTheArticle()
    {
        var rows = await seed.RunAsync("provenance/sources");
        Assert.All(rows, r =>
        {
            Assert.Contains((string)r["entity_quote"]!, Article.Paragraphs[(int)(long)r["entity_paragraph"]!]);
            Assert.Contains((string)r["quote"]!, Article.Paragraphs[(int)(long)r["paragraph"]!]);
        });
        Assert.Contains(rows, r => (string)r["other"]! == "首届开学典礼" && (string)r["quote"]! == "9月16日，喀什理工职业技术学院迎来首届开学典礼");
    }

    [Fact]
    public async Task Captions_FivePhotosInArticleOrder()
    {
        var rows = await seed.RunAsync("provenance/captions");
        Assert.Equal([3L, 16L, 17L, 18L, 23L], rows.Select(r => (long)r["paragraph"]!));
        Assert.Equal(("▲", "喀什理工职业技术学院正式揭牌成立"), (rows[0]["marker"], rows[0]["caption"]));
        Assert.Equal(["喀什理工职业技术学院"], List(rows[0]["depicts"]));
    }

    private static List<string> Strings(IEnumerable<Record> rows, string key) => rows.Select(r => (string)r[key]!).ToList();

    private static List<string> Sorted(IEnumerable<string> values) => values.Order(StringComparer.Ordinal).ToList();

    private static List<string> List(object? value) => ((IEnumerable<object?>)value!).Cast<string>().ToList();
}
