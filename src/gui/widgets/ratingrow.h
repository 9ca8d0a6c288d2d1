#pragma once

#include <QWidget>

#include <vector>

#include "core/domain/occasion.h"
#include "core/instrument/instrument.h"

class QAbstractButton;
class QButtonGroup;
class QLabel;

namespace tilltro::gui {

/// One question of the occasion form: its text, the scale as large buttons (1–10 with the
/// verbal anchors, or the options of a choice scale), the accepted non-answers, and the previous
/// occasion's answer shown faintly.
///
/// The row is one tab stop; its buttons take no focus. Keys: a digit sets the value (0 means 10;
/// on a choice scale 1..n picks an option), V = Vet ej, S = Vill ej svara, E = Ej aktuellt att
/// fråga, Left/Right step through the choices, Delete/Backspace clears. A key that sets an
/// answer emits answeredByKey() so the form can move on.
class RatingRow : public QWidget {
    Q_OBJECT
public:
    RatingRow(const Instrument& instrument, const Question& question, const QString& language,
              QWidget* parent = nullptr);

    const QString& key() const { return m_key; }
    Answer answer() const { return m_answer; }
    /// Sets the answer without emitting answerChanged (loading a stored occasion).
    void setAnswer(const Answer& answer);
    /// Shows the previous occasion's answer faintly; an empty answer hides it.
    void setPrevious(const Answer& previous);
    /// Marks the row as missing an answer (after a failed completion), in words.
    void setMissing(bool missing);
    /// The answer as a person reads it ("7", "Vet ej", "Ja, absolut"); empty when unanswered.
    QString describe(const Answer& answer) const;

Q_SIGNALS:
    void answerChanged(const QString& key, const tilltro::Answer& answer);
    void answeredByKey();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    struct Choice {
        Answer answer;
        QAbstractButton* button = nullptr;
    };
    void choose(const Answer& answer, bool byKey);
    void syncButtons();
    void updateAccessibleText();
    int indexOf(const Answer& answer) const;

    QString m_key;
    QString m_label;
    Answer m_answer;
    std::vector<Choice> m_choices;
    QButtonGroup* m_group = nullptr;
    QLabel* m_previousLabel = nullptr;
    QLabel* m_missingLabel = nullptr;
    bool m_numeric = true;
    int m_optionCount = 0; ///< options of a choice scale (first in m_choices)
};

} // namespace tilltro::gui
