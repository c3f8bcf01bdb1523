# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'employment.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QWidget)

from vgg_desktop.gui.editing.date_field import DateField

class Ui_EmploymentForm(object):
    def setupUi(self, EmploymentForm):
        if not EmploymentForm.objectName():
            EmploymentForm.setObjectName(u"EmploymentForm")
        EmploymentForm.resize(520, 400)
        self.form_layout = QFormLayout(EmploymentForm)
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form_layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.form_layout.setContentsMargins(0, 0, 0, 0)
        self.staff_member_id_label = QLabel(EmploymentForm)
        self.staff_member_id_label.setObjectName(u"staff_member_id_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.staff_member_id_label)

        self.staff_member_id = QComboBox(EmploymentForm)
        self.staff_member_id.setObjectName(u"staff_member_id")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.staff_member_id)

        self.function_label = QLabel(EmploymentForm)
        self.function_label.setObjectName(u"function_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.function_label)

        self.function = QLineEdit(EmploymentForm)
        self.function.setObjectName(u"function")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.function)

        self.description_label = QLabel(EmploymentForm)
        self.description_label.setObjectName(u"description_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.description_label)

        self.description = QLineEdit(EmploymentForm)
        self.description.setObjectName(u"description")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.description)

        self.contract_kind_label = QLabel(EmploymentForm)
        self.contract_kind_label.setObjectName(u"contract_kind_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.contract_kind_label)

        self.contract_kind = QComboBox(EmploymentForm)
        self.contract_kind.setObjectName(u"contract_kind")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.contract_kind)

        self.through_label = QLabel(EmploymentForm)
        self.through_label.setObjectName(u"through_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.through_label)

        self.through = QLineEdit(EmploymentForm)
        self.through.setObjectName(u"through")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.through)

        self.start_date_label = QLabel(EmploymentForm)
        self.start_date_label.setObjectName(u"start_date_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.start_date_label)

        self.start_date = DateField(EmploymentForm)
        self.start_date.setObjectName(u"start_date")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.start_date)

        self.end_date_label = QLabel(EmploymentForm)
        self.end_date_label.setObjectName(u"end_date_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.end_date_label)

        self.end_date = DateField(EmploymentForm)
        self.end_date.setObjectName(u"end_date")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.end_date)

        self.as_written_label = QLabel(EmploymentForm)
        self.as_written_label.setObjectName(u"as_written_label")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.as_written_label)

        self.as_written = QLineEdit(EmploymentForm)
        self.as_written.setObjectName(u"as_written")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.as_written)

#if QT_CONFIG(shortcut)
        self.staff_member_id_label.setBuddy(self.staff_member_id)
        self.function_label.setBuddy(self.function)
        self.description_label.setBuddy(self.description)
        self.contract_kind_label.setBuddy(self.contract_kind)
        self.through_label.setBuddy(self.through)
        self.start_date_label.setBuddy(self.start_date)
        self.end_date_label.setBuddy(self.end_date)
        self.as_written_label.setBuddy(self.as_written)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.staff_member_id, self.function)
        QWidget.setTabOrder(self.function, self.description)
        QWidget.setTabOrder(self.description, self.contract_kind)
        QWidget.setTabOrder(self.contract_kind, self.through)
        QWidget.setTabOrder(self.through, self.start_date)
        QWidget.setTabOrder(self.start_date, self.end_date)
        QWidget.setTabOrder(self.end_date, self.as_written)

        self.retranslateUi(EmploymentForm)

        QMetaObject.connectSlotsByName(EmploymentForm)
    # setupUi

    def retranslateUi(self, EmploymentForm):
        self.staff_member_id_label.setText(QCoreApplication.translate("EmploymentForm", u"Staff member: *", None))
        self.function_label.setText(QCoreApplication.translate("EmploymentForm", u"Function:", None))
        self.function.setPlaceholderText(QCoreApplication.translate("EmploymentForm", u"e.g. secretaris, procesco\u00f6rdinator", None))
        self.description_label.setText(QCoreApplication.translate("EmploymentForm", u"Description:", None))
        self.contract_kind_label.setText(QCoreApplication.translate("EmploymentForm", u"Kind of contract:", None))
        self.through_label.setText(QCoreApplication.translate("EmploymentForm", u"Through:", None))
#if QT_CONFIG(tooltip)
        self.through.setToolTip(QCoreApplication.translate("EmploymentForm", u"The organisation through which the staff member is employed or hired", None))
#endif // QT_CONFIG(tooltip)
        self.through.setPlaceholderText(QCoreApplication.translate("EmploymentForm", u"e.g. GOA-Publiek, gemeente Groningen", None))
        self.start_date_label.setText(QCoreApplication.translate("EmploymentForm", u"From:", None))
#if QT_CONFIG(tooltip)
        self.start_date.setToolTip(QCoreApplication.translate("EmploymentForm", u"Leave empty when the start is not known", None))
#endif // QT_CONFIG(tooltip)
        self.end_date_label.setText(QCoreApplication.translate("EmploymentForm", u"Until:", None))
#if QT_CONFIG(tooltip)
        self.end_date.setToolTip(QCoreApplication.translate("EmploymentForm", u"Leave empty for an open-ended contract or when the end is not known", None))
#endif // QT_CONFIG(tooltip)
        self.as_written_label.setText(QCoreApplication.translate("EmploymentForm", u"As written:", None))
#if QT_CONFIG(tooltip)
        self.as_written.setToolTip(QCoreApplication.translate("EmploymentForm", u"The wording of the source (the year plan), kept as it was written", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

