#pragma once

#include <QDialog>
#include <QStringList>

#include <memory>

#include "core/analysis/statistics.h"
#include "report/statisticsreport.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QTableWidget;
class QPushButton;
class QTableWidget;

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
QT_END_NAMESPACE

namespace tilltro::workspace {
class Workspace;
}

namespace tilltro::gui {

/// Arkiv › Statistik för verksamheten: the unit's anonymous statistics over a period, narrowed
/// by handledare and insats category, with the change per indicator as a chart and a table; and
/// the same for summaries merged from several databases (Arkiv › Slå ihop statistik). Saves the
/// PDF for the steering group, the JSON summary (which may leave the machine) and CSV. Every
/// figure under 5 deltagare reads "färre än 5".
class StatisticsDialog : public QDialog {
    Q_OBJECT
public:
    /// The statistics of the open database, with filters (the whole history up to today).
    StatisticsDialog(workspace::Workspace& ws, QWidget* parent = nullptr);
    /// Summaries merged from `files`, without filters.
    StatisticsDialog(const analysis::UnitStatistics& merged, const QStringList& files,
                     QWidget* parent = nullptr);
    ~StatisticsDialog() override;

    /// Asks for the summaries to merge (stats --json files), reads them and shows the merged
    /// statistics; says which file is not a summary and merges nothing then.
    static void mergeFromFiles(QWidget* parent);

    const analysis::UnitStatistics& statistics() const { return m_statistics; }

    // For tests: the filters, the figures as shown, and the savers without a file dialog.
    QDateEdit* fromEdit() const { return m_from; }
    QCheckBox* fromBeginningBox() const { return m_fromBeginning; }
    QDateEdit* toEdit() const { return m_to; }
    QComboBox* handledareBox() const { return m_handledare; }
    QComboBox* categoryBox() const { return m_category; }
    QTableWidget* figuresTable() const { return m_figures; }
    QTableWidget* indicatorTable() const { return m_indicators; }
    QChart* chart() const;
    bool savePdf(const QString& path);
    bool saveJson(const QString& path);
    bool saveCsv(const QString& path);

private:
    void buildUi(bool withFilters);
    void recompute();
    void showStatistics();
    void choosePdf();
    void chooseJson();
    void chooseCsv();
    bool write(const QString& path, const QByteArray& bytes);
    QString suggestedPath(const QString& suffix) const;

    workspace::Workspace* m_ws = nullptr;
    std::unique_ptr<workspace::Workspace> m_ownWorkspace; ///< merged: for writing files only
    QStringList m_files;
    analysis::UnitStatistics m_statistics;
    report::StatisticsLabels m_labels;

    QDateEdit* m_from = nullptr;
    QCheckBox* m_fromBeginning = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_handledare = nullptr;
    QComboBox* m_category = nullptr;
    QLabel* m_about = nullptr;
    QTableWidget* m_figures = nullptr;
    QTableWidget* m_indicators = nullptr;
    QChartView* m_chartView = nullptr;
};

} // namespace tilltro::gui
