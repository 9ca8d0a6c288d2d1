#pragma once

#include <QDialog>

#include <memory>

#include "report/reportoptions.h"

namespace Ui {
class ReportOptionsDialog;
}

namespace tilltro::gui {

/// The options shared by "Export action plan (PDF)" and "Print": easy-read, and whether the
/// sensitive items are included (off unless ticked).
class ReportOptionsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ReportOptionsDialog(QWidget* parent = nullptr);
    ~ReportOptionsDialog() override;
    /// The chosen options on top of `base` (e.g. the occasions charted in the view).
    report::ReportOptions options(report::ReportOptions base = {}) const;

private:
    std::unique_ptr<Ui::ReportOptionsDialog> m_ui;
};

} // namespace tilltro::gui
