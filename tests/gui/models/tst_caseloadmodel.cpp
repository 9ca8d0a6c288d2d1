#include <QAbstractItemModelTester>
#include <QTest>

#include "models/caseloadfilter.h"
#include "models/caseloadmodel.h"

using namespace Qt::StringLiterals;
using namespace tilltro;
using namespace tilltro::gui;

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
            r.hasConsent = true;
            return r;
        };
        return {make(u"D-0003"_s, u"Åsa Öberg"_s, false, u"Lars Bergström"_s, true),
                make(u"D-0001"_s, u"Amina Yusuf"_s, false, u"Anna Lindgren"_s, false),
                make(u"D-0002"_s, u"Hemlig"_s, true, u"Lars Bergström"_s, false)};
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
