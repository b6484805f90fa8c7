namespace Site.Tests;

/// <summary>The site built from the real executed course notebooks, checked as files.</summary>
[Trait("Tier", "Full")]
public class CourseSiteTests(CourseSite site)
{
    [Fact]
    public void Every_course_notebook_is_a_chapter_in_order()
    {
        Assert.Equal(CourseSite.Notebooks(), site.Build.Chapters.Select(c => c.Notebook.RelativePath));
        Assert.Equal("01 · Data for classification", site.Build.Chapters[0].Title);
    }

    [Theory]
    [MemberData(nameof(CourseSite.ChapterPages), MemberType = typeof(CourseSite))]
    public void Every_chart_of_the_notebook_is_on_its_page_drawn_offline(string page)
    {
        var html = File.ReadAllText(CourseSite.PagePath(page));

        foreach (var (id, _) in site.ExpectedCharts(page))
            Assert.Contains($"<script type=\"application/json\" class=\"plotly-figure\" data-chart=\"{id}\">", html);
        Assert.Equal(site.ExpectedCharts(page).Count, html.Split("class=\"plotly-chart\"").Length - 1);
    }

    [Fact]
    public void The_course_s_charts_all_made_it()
    {
        var expected = site.Build.Chapters.Sum(c => site.ExpectedCharts(c.PageName).Count);

        Assert.True(expected >= 7, $"the course notebooks show {expected} charts; 01, 04 and 05 alone show 7");
        Assert.Equal(expected, site.Build.ChartCount);
    }

    [Theory]
    [MemberData(nameof(CourseSite.Pages), MemberType = typeof(CourseSite))]
    public void No_page_loads_anything_from_another_host(string page)
    {
        Assert.Empty(OffsiteReferences.In(File.ReadAllText(CourseSite.PagePath(page))));
    }
}
