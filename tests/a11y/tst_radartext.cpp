// The radar's text alternative (RadarChartView::valuesText(), its accessible description): what
// a screen reader says instead of the picture, kept up to date when the outlines change.

#include <QTest>

#include "chart/radarchart.h"

using namespace Qt::StringLiterals;
using namespace tilltro::chart;

class TestRadarText : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyValuePerOccasion_gapSaidAsNoAnswer()
    {
        RadarChartView view;
        QVERIFY(!view.accessibleName().isEmpty());
        view.setAxes({u"Hälsa"_s, u"Vardagen"_s, u"Kompetens"_s}, {true, false, false}, 1, 10);
        QCOMPARE(view.valuesText(), u"No assessment is shown."_s);
        QCOMPARE(view.accessibleDescription(), view.valuesText());

        view.setSeries({{u"2026-03-03"_s, QDate(2026, 3, 3), {4, std::nullopt, 6}, false, -1},
                        {u"2026-06-02"_s, QDate(2026, 6, 2), {5, 7}, true, -1}});
        QCOMPARE(view.valuesText(),
                 u"2026-03-03: Hälsa: 4 of 10; Vardagen: no answer; Kompetens: 6 of 10.\n"
                 "2026-06-02: Hälsa: 5 of 10; Vardagen: 7 of 10; Kompetens: no answer."_s);
        QCOMPARE(view.accessibleDescription(), view.valuesText());

        // New outlines replace the words too.
        view.setSeries({{u"Handledaren"_s, {}, {8, 8, 8}, false, -1}});
        QCOMPARE(view.accessibleDescription(),
                 u"Handledaren: Hälsa: 8 of 10; Vardagen: 8 of 10; Kompetens: 8 of 10."_s);
    }

    void takesTheFocus_viewportDoesNot()
    {
        RadarChartView view;
        QCOMPARE(view.focusPolicy(), Qt::StrongFocus);
        QCOMPARE(view.viewport()->focusPolicy(), Qt::NoFocus);
    }
};

QTEST_MAIN(TestRadarText)
#include "tst_radartext.moc"
