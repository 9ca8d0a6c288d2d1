#include <QTest>

#include "core/analysis/versioncomparison.h"
#include "core/instrument/instrument.h"
#include "testutil.h"

using namespace Qt::StringLiterals;
using namespace tilltro;
using namespace tilltro::analysis;

// Which indicators occasions answered with different instrument versions share, and the
// sentence that says only those are compared.
class TestVersionComparison : public QObject {
    Q_OBJECT

private:
    Instrument m_default;
    Instrument m_minimal; ///< three of the default's indicators

private Q_SLOTS:
    void initTestCase()
    {
        m_default = Instrument::loadDefault().value();
        auto minimal =
            Instrument::fromJson(test::readAll(test::dataPath(u"instruments/minimal.json"_s)));
        QVERIFY2(minimal, qPrintable(minimal.errorMessage()));
        m_minimal = std::move(minimal).value();
    }

    void oneVersion_neverDiffers_andSaysNothing()
    {
        const auto same = compareVersions({&m_default, &m_default, nullptr});
        QVERIFY(!same.differ);
        QCOMPARE(same.sharedIndicators.size(), qsizetype(m_default.indicators().size()));
        QVERIFY(versionComparisonText(same).isEmpty());
        QVERIFY(!compareVersions({}).differ);
    }

    void differentIndicatorSets_shareOnlyTheCommonOnes_eitherOrder()
    {
        for (const auto& order : {std::vector<const Instrument*>{&m_default, &m_minimal},
                                  std::vector<const Instrument*>{&m_minimal, &m_default}}) {
            const auto compared = compareVersions(order);
            QVERIFY(compared.differ);
            QStringList shared = compared.sharedIndicators;
            shared.sort();
            QCOMPARE(shared, (QStringList{u"halsa"_s, u"soker"_s, u"vardagen"_s}));
            const QString text = versionComparisonText(compared);
            QVERIFY2(text.contains(u"only the 3 indicator"_s), qPrintable(text));
        }
    }

    void comparedInstrumentIds_onlyCompletedWithTheDeltagare_eachOnce()
    {
        std::vector<Occasion> occasions(4);
        occasions[0].instrumentId = 1;
        occasions[0].state = OccasionState::Completed;
        occasions[1].instrumentId = 2;
        occasions[1].state = OccasionState::Draft; // not counted
        occasions[2].instrumentId = 3;
        occasions[2].state = OccasionState::Completed;
        occasions[2].deltagareAbsent = true; // not counted
        occasions[3].instrumentId = 1;
        occasions[3].state = OccasionState::Completed;
        QCOMPARE(comparedInstrumentIds(occasions), std::vector<qint64>{1});
    }
};

QTEST_GUILESS_MAIN(TestVersionComparison)
#include "tst_versioncomparison.moc"
