#pragma once

#include "storage/ReferenceData.h"

#include <QDate>
#include <QList>
#include <QString>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QWidget;

// Small factories so that every intake control gets an object name, an accessible name and
// an accessible description the same way.
namespace redress {
class DateEdit;
}

namespace redress::intake {

QLineEdit* lineEdit(QWidget* parent, const QString& objectName, const QString& name,
                    const QString& description);
QPlainTextEdit* textEdit(QWidget* parent, const QString& objectName, const QString& name,
                         const QString& description);
QCheckBox* checkBox(QWidget* parent, const QString& objectName, const QString& text,
                    const QString& description);
// A combo of taxonomy terms (code as item data), led by `placeholder` (empty code) if given.
QComboBox* termCombo(QWidget* parent, const QString& objectName, const QString& name,
                     const QString& description, const QList<TaxonomyTerm>& terms,
                     const QString& placeholder);
// A typed date with a calendar (see DateEdit); up to today.
DateEdit* dateEdit(QWidget* parent, const QString& objectName, const QString& name,
                   const QString& description, QDate value);
// The label of a code in a list of terms (the code itself if it is not there).
QString termLabel(const QList<TaxonomyTerm>& terms, const QString& code);

} // namespace redress::intake
