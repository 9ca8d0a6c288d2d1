#include <QAbstractItemModelTester>
#include <QTest>
#include <QTextDocument>

#include "core/analysis/signals.h"
#include "models/caseloadfilter.h"
#include "models/caseloadmodel.h"

using namespace Qt::StringLiterals;
using namespace tilltro;
using namespace tilltro::gui;

Q_DECLARE_METATYPE(tilltro::SignalSet)

class TestCaseloadModel : public QObject {
    Q_OBJECT

private:
    static std::vector<CaseloadRow> sampleRows()
    {
        auto make = [](QString code, QString name, bool prot, QString handledare, bool overdue) {
            CaseloadRow r;
            r.participantId = code.mid(2).toLongLong();
            r.code = code;
            r.name = prot ? QString() : name;
            r.protectedIdentity = prot;
            r.handledare = handledare;
            r.startDate = QDate(2026, 1, 1);
            r.lastOccasion = QDate(2026, 6, 1);
            r.nextDue = QDate(2026, 9, 1);
            r.overdue = overdue;
            if (overdue)
                r.bipSignals.insert(BipSignal::Overdue);
            r.hasConsent = true;
            return r;
        };
        return {make(u"D-0003"_s, u"Åsa Öberg"_s, false, u"Lars Bergström"_s, true),
                make(u"D-0001"_s, u"Amina Yusuf"_s, false, u"Anna Lindgren"_s, false),
                make(u"D-0002"_s, u"Hemlig"_s, true, u"Lars Bergström"_s, false)};
    }

    static SignalSet signalSet(std::initializer_list<BipSignal> list)
    {
        SignalSet set;
        for (BipSignal s : list)
            set.insert(s);
        return set;
    }

    /// Five active rows with known signals and one ended, for the signal filter and sorting.
    static std::vector<CaseloadRow> signalRows()
    {
        auto make = [](QString code, QString handledare, SignalSet signals) {
            CaseloadRow r;
            r.participantId = code.mid(2).toLongLong();
            r.code = code;
            r.name = u"Namn "_s + code;
            r.handledare = handledare;
            r.startDate = QDate(2026, 1, 1);
            r.hasConsent = !signals.contains(BipSignal::NoConsent);
            r.overdue = signals.contains(BipSignal::Overdue);
            r.bipSignals = signals;
            return r;
        };
        std::vector<CaseloadRow> rows{
            make(u"D-0001"_s, u"Lars"_s, {}),
            make(u"D-0002"_s, u"Lars"_s, signalSet({BipSignal::Overdue})),
            make(u"D-0003"_s, u"Anna"_s,
                 signalSet({BipSignal::NoInsats, BipSignal::LowTilltro, BipSignal::Overdue})),
            make(u"D-0004"_s, u"Anna"_s, signalSet({BipSignal::LowTilltro})),
            make(u"D-0005"_s, u"Lars"_s, signalSet({BipSignal::NoConsent, BipSignal::DueSoon})),
            make(u"D-0006"_s, u"Lars"_s, {}),
        };
        rows[5].endDate = QDate(2026, 10, 1); // ended: no signals
        return rows;
    }

    static QString plain(const QString& richText)
    {
        QTextDocument document;
        document.setHtml(richText);
        return document.toPlainText();
    }

    static QStringList visibleCodes(const CaseloadFilter& filter)
    {
        QStringList codes;
        for (int r = 0; r < filter.rowCount(); ++r)
            codes << filter.index(r, CaseloadModel::CodeColumn).data().toString();
        return codes;
    }

private Q_SLOTS:
    void model_passesItemModelTester()
    {
        CaseloadModel model;
        CaseloadFilter filter;
        filter.setCaseload(&model);
        QAbstractItemModelTester modelTester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filterTester(
            &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(sampleRows());
        filter.sort(CaseloadModel::NextColumn);
        filter.setSearchText(u"lars"_s);
        filter.setSearchText(QString());
        model.setRows({});
        QCOMPARE(filter.rowCount(), 0);
    }

    void data_protectedIdentity_showsMarkerNeverName()
    {
        CaseloadModel model;
        model.setRows(sampleRows());
        const QModelIndex name = model.index(2, CaseloadModel::NameColumn);
        QCOMPARE(name.data().toString(), u"[protected]"_s);
        QVERIFY(!model.searchKey(2).contains(u"hemlig"_s));
    }

    void data_overdue_saysSoInTextNotOnlyColour()
    {
        CaseloadModel model;
        model.setRows(sampleRows());
        QVERIFY(
            model.index(0, CaseloadModel::SignalsColumn).data().toString().contains(u"Overdue"_s));
        QVERIFY(!model.index(0, CaseloadModel::SignalsColumn).data(Qt::DecorationRole).isNull());
        QVERIFY(model.index(1, CaseloadModel::SignalsColumn).data().toString().isEmpty());
    }

    void signalsColumn_everySignalInWordsTooltipAndAccessibleText()
    {
        CaseloadRow row;
        row.participantId = 9;
        row.code = u"D-0009"_s;
        row.startDate = QDate(2026, 1, 1);
        row.hasDraft = true;
        row.daysWithoutInsats = 40;
        row.handledareChanges = 2;
        row.bipSignals =
            signalSet({BipSignal::NoConsent, BipSignal::NoInsats, BipSignal::HandledareChanged,
                       BipSignal::Overdue, BipSignal::UnfinishedDraft});
        CaseloadModel model;
        model.setRows({row});
        const QModelIndex cell = model.index(0, CaseloadModel::SignalsColumn);

        // Words in declaration order, the unfinished draft once (not also as "Draft").
        QCOMPARE(cell.data().toString(),
                 u"No insats · New handledare · Overdue · No consent · Unfinished draft"_s);
        QCOMPARE(cell.data(Qt::AccessibleTextRole).toString(),
                 u"No insats, New handledare, Overdue, No consent, Unfinished draft"_s);
        QVERIFY(!cell.data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(cell.data(CaseloadModel::SortRole).toInt(), 5);

        // The tooltip: each word with the finding behind it, and the row's own counts.
        const QString tip = plain(cell.data(Qt::ToolTipRole).toString());
        const QStringList lines = tip.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        const std::vector<BipSignal> expected{BipSignal::NoInsats, BipSignal::HandledareChanged,
                                              BipSignal::Overdue, BipSignal::NoConsent,
                                              BipSignal::UnfinishedDraft};
        for (size_t i = 0; i < expected.size(); ++i) {
            const QString& line = lines[qsizetype(i)];
            QVERIFY2(line.startsWith(analysis::signalWord(expected[i]) + u": "_s),
                     qPrintable(line));
            QVERIFY2(line.contains(analysis::signalExplanation(expected[i])), qPrintable(line));
        }
        QVERIFY2(lines[0].endsWith(u"40 day(s) without an insats since the start."_s),
                 qPrintable(lines[0]));
        QVERIFY2(lines[1].endsWith(u"2 change(s) of handledare in all."_s), qPrintable(lines[1]));
        QVERIFY(cell.data(Qt::AccessibleDescriptionRole)
                    .toString()
                    .contains(analysis::signalExplanation(BipSignal::NoConsent)));
    }

    void signalsColumn_noSignals_draftOfTodayStillSaid()
    {
        auto rows = signalRows();
        rows[0].hasDraft = true; // begun today: no UnfinishedDraft signal
        CaseloadModel model;
        model.setRows(rows);
        const QModelIndex cell = model.index(0, CaseloadModel::SignalsColumn);
        QCOMPARE(cell.data().toString(), u"Draft"_s);
        QVERIFY(cell.data(Qt::DecorationRole).isNull());
        QVERIFY(cell.data(Qt::ToolTipRole).toString().isEmpty());
        QCOMPARE(model.index(5, CaseloadModel::SignalsColumn).data(CaseloadModel::SortRole).toInt(),
                 -1); // ended
    }

    void signalCount_countsRowsPerSignal()
    {
        CaseloadModel model;
        model.setRows(signalRows());
        QCOMPARE(model.signalCount(BipSignal::Overdue), 2);
        QCOMPARE(model.signalCount(BipSignal::LowTilltro), 2);
        QCOMPARE(model.signalCount(BipSignal::NoInsats), 1);
        QCOMPARE(model.signalCount(BipSignal::DueSoon), 1);
        QCOMPARE(model.signalCount(BipSignal::TilltroFalling), 0);
        model.setRows({});
        QCOMPARE(model.signalCount(BipSignal::Overdue), 0);
    }

    void filter_bySignals_anyOfTheChosenWithTheSearch_data()
    {
        QTest::addColumn<SignalSet>("chosen");
        QTest::addColumn<QString>("search");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("none chosen: all")
            << SignalSet() << QString() << QStringList{u"D-0001"_s, u"D-0002"_s, u"D-0003"_s,
                                                       u"D-0004"_s, u"D-0005"_s, u"D-0006"_s};
        QTest::newRow("one") << signalSet({BipSignal::Overdue}) << QString()
                             << QStringList{u"D-0002"_s, u"D-0003"_s};
        QTest::newRow("two: any of them")
            << signalSet({BipSignal::Overdue, BipSignal::LowTilltro}) << QString()
            << QStringList{u"D-0002"_s, u"D-0003"_s, u"D-0004"_s};
        QTest::newRow("with the search") << signalSet({BipSignal::Overdue, BipSignal::LowTilltro})
                                         << u"lars"_s << QStringList{u"D-0002"_s};
        QTest::newRow("no one has it")
            << signalSet({BipSignal::TilltroFalling}) << QString() << QStringList{};
    }

    void filter_bySignals_anyOfTheChosenWithTheSearch()
    {
        QFETCH(SignalSet, chosen);
        QFETCH(QString, search);
        QFETCH(QStringList, expected);
        CaseloadModel model;
        CaseloadFilter filter;
        QAbstractItemModelTester tester(&filter,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setCaseload(&model);
        model.setRows(signalRows());
        filter.sort(CaseloadModel::CodeColumn);
        filter.setSearchText(search);
        filter.setSignalFilter(chosen);
        QCOMPARE(visibleCodes(filter), expected);
        QCOMPARE(filter.isNarrowed(), !chosen.isEmpty() || !search.isEmpty());
        // Cleared again: every row is back.
        filter.setSignalFilter({});
        filter.setSearchText(QString());
        QCOMPARE(filter.rowCount(), 6);
    }

    void sort_bySignals_byHowManyEndedLast()
    {
        CaseloadModel model;
        CaseloadFilter filter;
        filter.setCaseload(&model);
        model.setRows(signalRows());
        filter.sort(CaseloadModel::SignalsColumn, Qt::DescendingOrder);
        // 3, 2, 1, 1, 0, 0, ended; equal counts keep the caseload's order.
        QCOMPARE(visibleCodes(filter), (QStringList{u"D-0003"_s, u"D-0005"_s, u"D-0002"_s,
                                                    u"D-0004"_s, u"D-0001"_s, u"D-0006"_s}));
        filter.sort(CaseloadModel::SignalsColumn, Qt::AscendingOrder);
        QCOMPARE(visibleCodes(filter), (QStringList{u"D-0006"_s, u"D-0001"_s, u"D-0002"_s,
                                                    u"D-0004"_s, u"D-0005"_s, u"D-0003"_s}));
    }

    void filter_matchesCodeNameAndHandledareCaseInsensitively_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("empty") << QString() << QStringList{u"D-0001"_s, u"D-0002"_s, u"D-0003"_s};
        QTest::newRow("code") << u"d-0002"_s << QStringList{u"D-0002"_s};
        QTest::newRow("name, Swedish letters") << u"åSA"_s << QStringList{u"D-0003"_s};
        QTest::newRow("handledare") << u"bergström"_s << QStringList{u"D-0002"_s, u"D-0003"_s};
        QTest::newRow("two words, both must match") << u"lars öberg"_s << QStringList{u"D-0003"_s};
        QTest::newRow("protected name never matches") << u"hemlig"_s << QStringList{};
        QTest::newRow("no match") << u"zzz"_s << QStringList{};
        QTest::newRow("surrounding spaces") << u"  amina  "_s << QStringList{u"D-0001"_s};
    }

    void filter_matchesCodeNameAndHandledareCaseInsensitively()
    {
        QFETCH(QString, search);
        QFETCH(QStringList, expected);
        CaseloadModel model;
        CaseloadFilter filter;
        filter.setCaseload(&model);
        model.setRows(sampleRows());
        filter.sort(CaseloadModel::CodeColumn);
        filter.setSearchText(search);
        QCOMPARE(visibleCodes(filter), expected);
    }

    void filter_hideEnded_hidesEndedParticipations()
    {
        auto rows = sampleRows();
        rows[1].endDate = QDate(2026, 10, 1);
        CaseloadModel model;
        CaseloadFilter filter;
        filter.setCaseload(&model);
        model.setRows(rows);
        filter.sort(CaseloadModel::CodeColumn);
        filter.setShowEnded(false);
        QCOMPARE(visibleCodes(filter), (QStringList{u"D-0002"_s, u"D-0003"_s}));
        QVERIFY(
            model.index(1, CaseloadModel::SignalsColumn).data().toString().contains(u"Ended"_s));
    }

    void sort_byNextDue_usesDatesNotText()
    {
        auto rows = sampleRows();
        rows[0].nextDue = QDate(2026, 10, 2);
        rows[1].nextDue = QDate(2026, 9, 30);
        rows[2].nextDue = QDate(2027, 1, 1);
        CaseloadModel model;
        CaseloadFilter filter;
        filter.setCaseload(&model);
        model.setRows(rows);
        filter.sort(CaseloadModel::NextColumn, Qt::AscendingOrder);
        QCOMPARE(visibleCodes(filter), (QStringList{u"D-0001"_s, u"D-0003"_s, u"D-0002"_s}));
    }
};

QTEST_MAIN(TestCaseloadModel)
#include "tst_caseloadmodel.moc"
