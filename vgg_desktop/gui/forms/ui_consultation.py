# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'consultation.ui'
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
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QSizePolicy, QSpinBox, QWidget)

from vgg_desktop.gui.editing.date_field import DateField

class Ui_ConsultationForm(object):
    def setupUi(self, ConsultationForm):
        if not ConsultationForm.objectName():
            ConsultationForm.setObjectName(u"ConsultationForm")
        ConsultationForm.resize(520, 400)
        self.form_layout = QFormLayout(ConsultationForm)
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form_layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.form_layout.setContentsMargins(0, 0, 0, 0)
        self.number_label = QLabel(ConsultationForm)
        self.number_label.setObjectName(u"number_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.number_label)

        self.number = QSpinBox(ConsultationForm)
        self.number.setObjectName(u"number")
        self.number.setMinimum(1)
        self.number.setMaximum(999)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.number)

        self.name_label = QLabel(ConsultationForm)
        self.name_label.setObjectName(u"name_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name = QLineEdit(ConsultationForm)
        self.name.setObjectName(u"name")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name)

        self.chair_label = QLabel(ConsultationForm)
        self.chair_label.setObjectName(u"chair_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.chair_label)

        self.chair = QComboBox(ConsultationForm)
        self.chair.setObjectName(u"chair")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.chair)

        self.chair_since_label = QLabel(ConsultationForm)
        self.chair_since_label.setObjectName(u"chair_since_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.chair_since_label)

        self.chair_since = DateField(ConsultationForm)
        self.chair_since.setObjectName(u"chair_since")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.chair_since)

        self.chair_until_label = QLabel(ConsultationForm)
        self.chair_until_label.setObjectName(u"chair_until_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.chair_until_label)

        self.chair_until = DateField(ConsultationForm)
        self.chair_until.setObjectName(u"chair_until")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.chair_until)

        self.organised_by_id_label = QLabel(ConsultationForm)
        self.organised_by_id_label.setObjectName(u"organised_by_id_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.organised_by_id_label)

        self.organised_by_id = QComboBox(ConsultationForm)
        self.organised_by_id.setObjectName(u"organised_by_id")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.organised_by_id)

        self.portfolio_id_label = QLabel(ConsultationForm)
        self.portfolio_id_label.setObjectName(u"portfolio_id_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.portfolio_id_label)

        self.portfolio_id = QComboBox(ConsultationForm)
        self.portfolio_id.setObjectName(u"portfolio_id")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.portfolio_id)

        self.preparation_label = QLabel(ConsultationForm)
        self.preparation_label.setObjectName(u"preparation_label")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.preparation_label)

        self.preparation = QPlainTextEdit(ConsultationForm)
        self.preparation.setObjectName(u"preparation")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.preparation.sizePolicy().hasHeightForWidth())
        self.preparation.setSizePolicy(sizePolicy)
        self.preparation.setMinimumSize(QSize(0, 70))
        self.preparation.setTabChangesFocus(True)

        self.form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.preparation)

        self.partner_ids_label = QLabel(ConsultationForm)
        self.partner_ids_label.setObjectName(u"partner_ids_label")

        self.form_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.partner_ids_label)

        self.partner_ids = QListWidget(ConsultationForm)
        self.partner_ids.setObjectName(u"partner_ids")
        self.partner_ids.setMinimumSize(QSize(0, 130))
        self.partner_ids.setAlternatingRowColors(True)

        self.form_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.partner_ids)

        self.notes_label = QLabel(ConsultationForm)
        self.notes_label.setObjectName(u"notes_label")

        self.form_layout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes = QPlainTextEdit(ConsultationForm)
        self.notes.setObjectName(u"notes")
        sizePolicy.setHeightForWidth(self.notes.sizePolicy().hasHeightForWidth())
        self.notes.setSizePolicy(sizePolicy)
        self.notes.setMinimumSize(QSize(0, 60))
        self.notes.setTabChangesFocus(True)

        self.form_layout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.notes)

#if QT_CONFIG(shortcut)
        self.number_label.setBuddy(self.number)
        self.name_label.setBuddy(self.name)
        self.chair_label.setBuddy(self.chair)
        self.chair_since_label.setBuddy(self.chair_since)
        self.chair_until_label.setBuddy(self.chair_until)
        self.organised_by_id_label.setBuddy(self.organised_by_id)
        self.portfolio_id_label.setBuddy(self.portfolio_id)
        self.preparation_label.setBuddy(self.preparation)
        self.partner_ids_label.setBuddy(self.partner_ids)
        self.notes_label.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.number, self.name)
        QWidget.setTabOrder(self.name, self.chair)
        QWidget.setTabOrder(self.chair, self.chair_since)
        QWidget.setTabOrder(self.chair_since, self.chair_until)
        QWidget.setTabOrder(self.chair_until, self.organised_by_id)
        QWidget.setTabOrder(self.organised_by_id, self.portfolio_id)
        QWidget.setTabOrder(self.portfolio_id, self.preparation)
        QWidget.setTabOrder(self.preparation, self.partner_ids)
        QWidget.setTabOrder(self.partner_ids, self.notes)

        self.retranslateUi(ConsultationForm)

        QMetaObject.connectSlotsByName(ConsultationForm)
    # setupUi

    def retranslateUi(self, ConsultationForm):
        self.number_label.setText(QCoreApplication.translate("ConsultationForm", u"Number: *", None))
        self.name_label.setText(QCoreApplication.translate("ConsultationForm", u"Name: *", None))
        self.chair_label.setText(QCoreApplication.translate("ConsultationForm", u"Chair:", None))
#if QT_CONFIG(tooltip)
        self.chair.setToolTip(QCoreApplication.translate("ConsultationForm", u"The chair, a vacancy, or not applicable (n/a) when another organisation runs the consultation", None))
#endif // QT_CONFIG(tooltip)
        self.chair_since_label.setText(QCoreApplication.translate("ConsultationForm", u"Chair since:", None))
#if QT_CONFIG(tooltip)
        self.chair_since.setToolTip(QCoreApplication.translate("ConsultationForm", u"When the chair took the place; leave empty when it is not known", None))
#endif // QT_CONFIG(tooltip)
        self.chair_until_label.setText(QCoreApplication.translate("ConsultationForm", u"Chair until (inclusive):", None))
#if QT_CONFIG(tooltip)
        self.chair_until.setToolTip(QCoreApplication.translate("ConsultationForm", u"The chairmanship's last day when it is known beforehand; leave empty while it goes on", None))
#endif // QT_CONFIG(tooltip)
        self.organised_by_id_label.setText(QCoreApplication.translate("ConsultationForm", u"Organised through:", None))
#if QT_CONFIG(tooltip)
        self.organised_by_id.setToolTip(QCoreApplication.translate("ConsultationForm", u"The partner organisation that runs the consultation, if not the VGG", None))
#endif // QT_CONFIG(tooltip)
        self.portfolio_id_label.setText(QCoreApplication.translate("ConsultationForm", u"Portfolio:", None))
        self.preparation_label.setText(QCoreApplication.translate("ConsultationForm", u"Preparation:", None))
#if QT_CONFIG(tooltip)
        self.preparation.setToolTip(QCoreApplication.translate("ConsultationForm", u"How civil servants prepare the consultation", None))
#endif // QT_CONFIG(tooltip)
        self.partner_ids_label.setText(QCoreApplication.translate("ConsultationForm", u"Partner organisations:", None))
#if QT_CONFIG(tooltip)
        self.partner_ids.setToolTip(QCoreApplication.translate("ConsultationForm", u"Tick the partner organisations that take part", None))
#endif // QT_CONFIG(tooltip)
        self.notes_label.setText(QCoreApplication.translate("ConsultationForm", u"Notes:", None))
#if QT_CONFIG(tooltip)
        self.notes.setToolTip(QCoreApplication.translate("ConsultationForm", u"For example why the chair is vacant and when it will be filled", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

