#pragma once

#include <QMessageBox>
#include <QString>

class QWidget;

namespace redress {

// What the New case dialog and the case view share about typed work that is not saved yet.

// Asks Save / Discard / Cancel (Cancel the default) in a message box named
// "unsavedQuestion"; gives the button chosen.
QMessageBox::StandardButton askToSaveChanges(QWidget* parent, const QString& title,
                                             const QString& question);

// A failed save explained so the officer knows what to do: "<what> was not saved. <why and
// what to do> Everything you typed is still here. (<the database's message>)". `notSaved`
// is the first sentence, e.g. "The case was not saved."
QString explainSaveFailure(const QString& notSaved, const QString& error);

} // namespace redress
