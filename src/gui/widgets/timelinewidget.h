#pragma once

#include <QDate>
#include <QString>
#include <QWidget>

#include <optional>
#include <vector>

#include "core/domain/insats.h"

namespace tilltro::gui {

/// What the timeline shows of one deltagare: the insats periods and the completed occasions
/// with the deltagare's own "Klara ett jobb" and the handledare's Målmedvetenhet and Tilltro.
struct TimelineData {
    QDate from; ///< the start of the participation (or its first event)
    QDate to;   ///< today, or the end of the participation
    std::vector<InsatsPeriod> insatser;
    /// The lanes: the instrument's insats categories in its order, with their labels; a period
    /// of a category not listed gets a lane of its own after them.
    struct Category {
        QString key;
        QString label;
        bool jobOriented = false;
    };
    std::vector<Category> categories;
    struct Point {
        QDate date;
        std::optional<int> klaraJobb;      ///< the deltagare's rating, 1–10
        std::optional<int> malmedvetenhet; ///< the handledare's, 1–10
        std::optional<int> tilltro;        ///< level 1 (worst) … tilltroLevels (best)
        QString tilltroLabel;              ///< the option's words ("Tveksamt")
    };
    std::vector<Point> occasions; ///< oldest first
    int tilltroLevels = 4;
    QString klaraJobbLabel; ///< the indicator's name in the UI language
};

/// The deltagare's participation on one time axis (the deltagare view's "Tidslinje" tab): a lane
/// per insats category with its periods, a lane with the days without any insats, the occasions
/// as lines across, and under them three series on the same axis: the deltagare's own "Klara ett
/// jobb", and the handledare's Målmedvetenhet and Tilltro. Every value is written out, periods
/// carry their category's pattern as well as its colour, and the accessible description says
/// everything in words. Handledare-only (Tilltro, Målmedvetenhet): never in meeting mode.
class TimelineWidget : public QWidget {
    Q_OBJECT
public:
    explicit TimelineWidget(QWidget* parent = nullptr);

    void setData(TimelineData data);
    const TimelineData& data() const { return m_data; }
    /// Everything the picture shows, in words (also the accessible description).
    QString description() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    TimelineData m_data;
};

} // namespace tilltro::gui
