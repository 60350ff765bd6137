#include "ListsPage.h"

#include "common/DateEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>
#include <tuple>

namespace redress {

namespace {

QString taxonomyLabel(const QString& code)
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("category"), QT_TRANSLATE_NOOP("ListsPage", "Categories")},
        {QStringLiteral("channel"), QT_TRANSLATE_NOOP("ListsPage", "Channels")},
        {QStringLiteral("outcome"), QT_TRANSLATE_NOOP("ListsPage", "Outcomes")},
        {QStringLiteral("role"), QT_TRANSLATE_NOOP("ListsPage", "Roles")},
        {QStringLiteral("child_status"), QT_TRANSLATE_NOOP("ListsPage", "Child statuses")},
        {QStringLiteral("remedy_type"), QT_TRANSLATE_NOOP("ListsPage", "Remedy types")},
        {QStringLiteral("learning_theme"), QT_TRANSLATE_NOOP("ListsPage", "Learning themes")},
        {QStringLiteral("compliment_theme"), QT_TRANSLATE_NOOP("ListsPage", "Compliment themes")},
        {QStringLiteral("ombudsman_remedy_type"),
         QT_TRANSLATE_NOOP("ListsPage", "Ombudsman remedy types")},
        {QStringLiteral("ombudsman_decision"),
         QT_TRANSLATE_NOOP("ListsPage", "Ombudsman decisions")},
    };
    if (const char* label = labels.value(code, nullptr))
        return ListsPage::tr(label);
    QString text = code;
    text.replace(u'_', u' ');
    return text;
}

} // namespace

ListsPage::ListsPage(Session& session, QWidget* parent)
    : AdminPage(session, QStringLiteral("listsPage"), parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_taxonomy = named(new QComboBox(this), QStringLiteral("listPicker"), tr("List to edit"));
    auto* pickerLabel = new QLabel(tr("&List:"), this);
    pickerLabel->setBuddy(m_taxonomy);
    top->addWidget(pickerLabel);
    top->addWidget(m_taxonomy);
    top->addStretch();
    layout->addLayout(top);

    m_table =
        named(new QTableWidget(0, 6, this), QStringLiteral("listTerms"), tr("Terms of the list"));
    m_table->setHorizontalHeaderLabels(
        {tr("Code"), tr("Label"), tr("Order"), tr("Active"), tr("Valid from"), tr("Valid to")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    auto* form = new QFormLayout;
    auto addRow = [&](const QString& label, QWidget* field) {
        auto* caption = new QLabel(label, this);
        caption->setBuddy(field);
        form->addRow(caption, field);
    };
    m_code = named(new QLineEdit(this), QStringLiteral("termCode"),
                   tr("Code, stored on cases; fixed once the term is saved"));
    m_label = named(new QLineEdit(this), QStringLiteral("termLabel"), tr("Label"));
    m_order = named(new QSpinBox(this), QStringLiteral("termOrder"), tr("Order in the list"));
    m_order->setRange(0, 9999);
    m_active = named(new QCheckBox(tr("A&ctive"), this), QStringLiteral("termActive"),
                     tr("Offered for new entries"));
    m_validFrom = named(new DateEdit(this), QStringLiteral("termValidFrom"),
                        tr("Valid from, dd/mm/yyyy, blank for always"));
    m_validTo = named(new DateEdit(this), QStringLiteral("termValidTo"),
                      tr("Valid to, dd/mm/yyyy, blank for no end"));
    m_validFrom->setOptional(tr("Always"));
    m_validTo->setOptional(tr("No end"));
    addRow(tr("C&ode:"), m_code);
    addRow(tr("La&bel:"), m_label);
    addRow(tr("Or&der:"), m_order);
    form->addRow(QString(), m_active);
    addRow(tr("Valid &from:"), m_validFrom);
    addRow(tr("Valid &to:"), m_validTo);
    layout->addLayout(form);

    auto* buttons = new QHBoxLayout;
    auto* add =
        named(new QPushButton(tr("&New term"), this), QStringLiteral("newTerm"), tr("New term"));
    auto* save =
        named(new QPushButton(tr("&Save term"), this), QStringLiteral("saveTerm"), tr("Save term"));
    buttons->addWidget(add);
    buttons->addWidget(save);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addWidget(messageLine());

    connect(m_taxonomy, &QComboBox::currentIndexChanged, this, [this] {
        loadTerms();
        newTerm();
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { showTerm(row); });
    connect(add, &QPushButton::clicked, this, &ListsPage::newTerm);
    connect(save, &QPushButton::clicked, this, &ListsPage::saveTerm);
    loadTaxonomies();
}

void ListsPage::loadTaxonomies()
{
    auto taxonomies = reference().taxonomies();
    if (!taxonomies) {
        showError(taxonomies.error());
        return;
    }
    const QSignalBlocker blocker(m_taxonomy);
    m_taxonomy->clear();
    for (const QString& code : taxonomies.value())
        m_taxonomy->addItem(taxonomyLabel(code), code);
    loadTerms();
    newTerm();
}

void ListsPage::loadTerms()
{
    auto terms = reference().terms(m_taxonomy->currentData().toString());
    if (!terms) {
        showError(terms.error());
        return;
    }
    m_terms = terms.value();
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(m_terms.size()));
    for (int row = 0; row < m_terms.size(); ++row) {
        const TaxonomyTerm& term = m_terms.at(row);
        const QStringList cells{term.code,
                                term.label,
                                QString::number(term.sortOrder),
                                term.active ? tr("Yes") : tr("No"),
                                adminDate(term.validFrom),
                                adminDate(term.validTo)};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
}

void ListsPage::showTerm(int row)
{
    if (row < 0 || row >= m_terms.size())
        return;
    const TaxonomyTerm& term = m_terms.at(row);
    m_editingId = term.id;
    m_code->setText(term.code);
    m_code->setReadOnly(true);
    m_label->setText(term.label);
    m_order->setValue(term.sortOrder);
    m_active->setChecked(term.active);
    m_validFrom->setDate(term.validFrom);
    m_validTo->setDate(term.validTo);
}

void ListsPage::newTerm()
{
    m_editingId = 0;
    m_table->setCurrentCell(-1, -1);
    m_code->clear();
    m_code->setReadOnly(false);
    m_label->clear();
    int next = 0;
    for (const TaxonomyTerm& term : std::as_const(m_terms))
        next = qMax(next, term.sortOrder + 1);
    m_order->setValue(next);
    m_active->setChecked(true);
    m_validFrom->clear();
    m_validTo->clear();
}

void ListsPage::saveTerm()
{
    TaxonomyTerm term;
    term.id = m_editingId;
    term.taxonomy = m_taxonomy->currentData().toString();
    term.code = m_code->text().trimmed();
    term.label = m_label->text().trimmed();
    term.sortOrder = m_order->value();
    term.active = m_active->isChecked();
    for (auto [field, date, name] : {std::tuple{m_validFrom, &term.validFrom, tr("Valid from")},
                                     std::tuple{m_validTo, &term.validTo, tr("Valid to")}}) {
        if (const QString problem = field->problem(name); !problem.isEmpty()) {
            showError(problem);
            field->setFocus();
            return;
        }
        *date = field->date();
    }
    if (!check(reference().saveTerm(term)))
        return;
    const bool added = term.id == 0;
    loadTerms();
    for (int row = 0; row < m_terms.size(); ++row) {
        if (m_terms.at(row).code == term.code)
            m_table->setCurrentCell(row, 0);
    }
    showDone(added ? tr("\"%1\" added.").arg(term.label) : tr("\"%1\" saved.").arg(term.label));
}

} // namespace redress
