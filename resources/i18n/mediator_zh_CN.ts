<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AuditLabels</name>
        <message>
            <source>Arrears period</source>
            <translation>欠薪期间</translation>
        </message>
        <message>
            <source>Evidence held</source>
            <translation>所持证据</translation>
        </message>
        <message>
            <source>Evidence file</source>
            <translation>证据文件</translation>
        </message>
        <message>
            <source>Chain liability</source>
            <translation>用工链条责任</translation>
        </message>
        <message>
            <source>From month</source>
            <translation>开始月份</translation>
        </message>
        <message>
            <source>To month</source>
            <translation>结束月份</translation>
        </message>
        <message>
            <source>Rate per</source>
            <translation>计薪方式</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>工资标准</translation>
        </message>
        <message>
            <source>Days worked</source>
            <translation>出勤天数</translation>
        </message>
        <message>
            <source>Hours worked</source>
            <translation>工作小时数</translation>
        </message>
        <message>
            <source>Pieces</source>
            <translation>计件数量</translation>
        </message>
        <message>
            <source>Owed</source>
            <translation>应付金额</translation>
        </message>
        <message>
            <source>Owed typed in</source>
            <translation>应付金额为手工填写</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>已付金额</translation>
        </message>
        <message>
            <source>Claimed</source>
            <translation>主张金额</translation>
        </message>
        <message>
            <source>Confirmed by employer</source>
            <translation>单位确认金额</translation>
        </message>
        <message>
            <source>File name</source>
            <translation>文件名</translation>
        </message>
        <message>
            <source>File type</source>
            <translation>文件类型</translation>
        </message>
        <message>
            <source>Party</source>
            <translation>责任主体</translation>
        </message>
        <message>
            <source>Basis of liability</source>
            <translation>责任依据</translation>
        </message>
        <message>
            <source>Share %</source>
            <translation>比例%</translation>
        </message>
        <message>
            <source>Added at</source>
            <translation>添加时间</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>内容</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>登记人</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>案件</translation>
        </message>
        <message>
            <source>Applicant</source>
            <translation>申请人</translation>
        </message>
        <message>
            <source>Respondent</source>
            <translation>被申请人</translation>
        </message>
        <message>
            <source>Agent</source>
            <translation>委托代理人</translation>
        </message>
        <message>
            <source>Claim</source>
            <translation>请求事项</translation>
        </message>
        <message>
            <source>Mediator</source>
            <translation>调解员</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>操作员</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>设置项</translation>
        </message>
        <message>
            <source>Holiday table</source>
            <translation>节假日表</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>新建</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>修改</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Claim type</source>
            <translation>请求类别</translation>
        </message>
        <message>
            <source>Name of the respondent</source>
            <translation>被申请人名称</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>联系电话</translation>
        </message>
        <message>
            <source>Mediator role</source>
            <translation>调解员角色</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Case number</source>
            <translation>案件编号</translation>
        </message>
        <message>
            <source>Received on</source>
            <translation>收案日期</translation>
        </message>
        <message>
            <source>Application form</source>
            <translation>申请方式</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Dispute type</source>
            <translation>争议类型</translation>
        </message>
        <message>
            <source>Facts and reasons</source>
            <translation>事实与理由</translation>
        </message>
        <message>
            <source>External no.</source>
            <translation>外部编号/流水号</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Accepted on</source>
            <translation>受理日期</translation>
        </message>
        <message>
            <source>Closed on</source>
            <translation>结案日期</translation>
        </message>
        <message>
            <source>Reason for closing</source>
            <translation>结案原因</translation>
        </message>
        <message>
            <source>Acceptance due</source>
            <translation>受理期限</translation>
        </message>
        <message>
            <source>Mediation due</source>
            <translation>调解期限</translation>
        </message>
        <message>
            <source>Voided on</source>
            <translation>作废日期</translation>
        </message>
        <message>
            <source>Reason for voiding</source>
            <translation>作废原因</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>性别</translation>
        </message>
        <message>
            <source>ID type</source>
            <translation>证件类型</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>证件号码</translation>
        </message>
        <message>
            <source>Migrant worker</source>
            <translation>农民工</translation>
        </message>
        <message>
            <source>Joined</source>
            <translation>入职日期</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>离职日期</translation>
        </message>
        <message>
            <source>Job</source>
            <translation>岗位</translation>
        </message>
        <message>
            <source>Monthly wage</source>
            <translation>月工资</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>住址</translation>
        </message>
        <message>
            <source>Mailing address</source>
            <translation>通讯地址</translation>
        </message>
        <message>
            <source>Representative</source>
            <translation>代表人</translation>
        </message>
        <message>
            <source>Unified social credit code</source>
            <translation>统一社会信用代码</translation>
        </message>
        <message>
            <source>Legal representative</source>
            <translation>法定代表人</translation>
        </message>
        <message>
            <source>Representative's title</source>
            <translation>法定代表人职务</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>行业</translation>
        </message>
        <message>
            <source>Role in the chain</source>
            <translation>链条角色</translation>
        </message>
        <message>
            <source>Acts for</source>
            <translation>代理方</translation>
        </message>
        <message>
            <source>Principal</source>
            <translation>被代理人</translation>
        </message>
        <message>
            <source>Relation</source>
            <translation>与当事人关系</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>内容</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Period from</source>
            <translation>期间自</translation>
        </message>
        <message>
            <source>Period to</source>
            <translation>期间至</translation>
        </message>
        <message>
            <source>Staff member</source>
            <translation>工作人员</translation>
        </message>
        <message>
            <source>Certificate no.</source>
            <translation>调解员证号</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>在用</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>值</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>No</source>
            <translation>否</translation>
        </message>
    </context>
    <context>
        <name>CalendarModel</name>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>CaseDetailDialog</name>
        <message>
            <source>Edit</source>
            <translation>编辑</translation>
        </message>
        <message>
            <source>Void…</source>
            <translation>作废…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Case {number}</source>
            <translation>案件 {number}</translation>
        </message>
        <message>
            <source>Voided on {date}: {reason}</source>
            <translation>已于{date}作废：{reason}</translation>
        </message>
        <message>
            <source>Void case</source>
            <translation>作废案件</translation>
        </message>
        <message>
            <source>Really void case {number}? This cannot be undone.</source>
            <translation>确定作废案件{number}吗？作废后不能恢复。</translation>
        </message>
    </context>
    <context>
        <name>CaseListModel</name>
        <message>
            <source>Case number</source>
            <translation>案件编号</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>收案日期</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Dispute type</source>
            <translation>争议类型</translation>
        </message>
        <message>
            <source>Applicants</source>
            <translation>申请人</translation>
        </message>
        <message>
            <source>Respondents</source>
            <translation>被申请人</translation>
        </message>
        <message>
            <source>Amount claimed</source>
            <translation>请求金额</translation>
        </message>
        <message>
            <source>Lead mediator</source>
            <translation>主办调解员</translation>
        </message>
        <message>
            <source>Mediation due</source>
            <translation>调解期限</translation>
        </message>
        <message>
            <source>(deleted)</source>
            <translation>（已删除）</translation>
        </message>
        <message>
            <source>Overdue: not accepted by {date}</source>
            <translation>已超期：应于{date}前决定是否受理</translation>
        </message>
        <message>
            <source>Overdue: mediation was due on {date}</source>
            <translation>已超期：调解期限为{date}</translation>
        </message>
    </context>
    <context>
        <name>CaseListWidget</name>
        <message>
            <source>Search: name, ID number, phone, employer, credit code or case number</source>
            <translation>搜索：姓名、身份证号、电话、单位名称、信用代码或案件编号</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <source>Open cases</source>
            <translation>未结案件</translation>
        </message>
        <message>
            <source>All dispute types</source>
            <translation>全部争议类型</translation>
        </message>
        <message>
            <source>All mediators</source>
            <translation>全部调解员</translation>
        </message>
        <message>
            <source>Received from</source>
            <translation>收案日期从</translation>
        </message>
        <message>
            <source>Overdue only</source>
            <translation>仅看超期</translation>
        </message>
        <message>
            <source>Collective only</source>
            <translation>仅看集体争议</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>清除条件</translation>
        </message>
        <message>
            <source>to</source>
            <translation>至</translation>
        </message>
    </context>
    <context>
        <name>ClaimsTab</name>
        <message>
            <source>Calculator…</source>
            <translation>计算器…</translation>
        </message>
        <message>
            <source>Claims</source>
            <translation>请求事项</translation>
        </message>
    </context>
    <context>
        <name>Crash</name>
        <message>
            <source>Program error</source>
            <translation>程序错误</translation>
        </message>
        <message>
            <source>Something went wrong inside the program. What you saved is safe, and unsaved input in open forms is kept as a draft.

Please tell the person who looks after this computer and give them the log file:
{path}</source>
            <translation>程序内部出现错误。已保存的数据是安全的，打开的表单中未保存的内容已作为草稿保留。

请告知负责维护这台电脑的人员，并把日志文件交给他：
{path}</translation>
        </message>
    </context>
    <context>
        <name>DocumentDialog</name>
        <message>
            <source>Print…</source>
            <translation>打印…</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>另存为…</translation>
        </message>
        <message>
            <source>Verify…</source>
            <translation>核对…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Print {title}</source>
            <translation>打印{title}</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>打印</translation>
        </message>
        <message>
            <source>The printer could not be started. Nothing was printed.</source>
            <translation>无法启动打印机，没有打印任何内容。</translation>
        </message>
        <message>
            <source>Save document</source>
            <translation>保存文书</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF文件 (*.pdf)</translation>
        </message>
        <message>
            <source>The file could not be saved: {error}</source>
            <translation>文件无法保存：{error}</translation>
        </message>
        <message>
            <source>Choose a PDF to verify</source>
            <translation>选择要核对的PDF文件</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>核对</translation>
        </message>
        <message>
            <source>The file could not be read: {error}</source>
            <translation>文件无法读取：{error}</translation>
        </message>
    </context>
    <context>
        <name>DocumentsModel</name>
        <message>
            <source>Generated</source>
            <translation>生成时间</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>操作人</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>文书</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>页数</translation>
        </message>
        <message>
            <source>Verification code</source>
            <translation>核验码</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>签署</translation>
        </message>
        <message>
            <source>Signed {date}</source>
            <translation>已签署（{date}）</translation>
        </message>
        <message>
            <source>Not signed</source>
            <translation>未签署</translation>
        </message>
        <message>
            <source>Scans</source>
            <translation>扫描件</translation>
        </message>
    </context>
    <context>
        <name>DocumentsTab</name>
        <message>
            <source>Documents</source>
            <translation>文书</translation>
        </message>
        <message>
            <source>Documents of this case</source>
            <translation>可生成的文书</translation>
        </message>
        <message>
            <source>Generated documents</source>
            <translation>已生成的文书</translation>
        </message>
        <message>
            <source>Preview / print…</source>
            <translation>预览/打印…</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>查看…</translation>
        </message>
        <message>
            <source>Mark as signed…</source>
            <translation>标记为已签署…</translation>
        </message>
        <message>
            <source>Mark as signed</source>
            <translation>标记为已签署</translation>
        </message>
        <message>
            <source>Attach scan…</source>
            <translation>附加扫描件…</translation>
        </message>
        <message>
            <source>View scan…</source>
            <translation>查看扫描件…</translation>
        </message>
        <message>
            <source>View scan</source>
            <translation>查看扫描件</translation>
        </message>
        <message>
            <source>Which scan?</source>
            <translation>查看哪一份扫描件？</translation>
        </message>
        <message>
            <source>Verify a PDF…</source>
            <translation>核对PDF…</translation>
        </message>
        <message>
            <source>Referral to arbitration…</source>
            <translation>移送仲裁材料…</translation>
        </message>
        <message>
            <source>The arbitration packet: cover letter, applications, certificate or agreement, evidence list and session records in one PDF with page numbers, plus each part as its own file.</source>
            <translation>移送仲裁的全套材料：移送函、仲裁申请书、调解终止书或调解协议书、证据清单和调解笔录，合为一个连续编页的PDF，并另存各份材料。</translation>
        </message>
        <message>
            <source>Referral to arbitration</source>
            <translation>移送仲裁材料</translation>
        </message>
        <message>
            <source>Arbitration committee the packet is addressed to:</source>
            <translation>移送的劳动人事争议仲裁委员会：</translation>
        </message>
        <message>
            <source>Suggested from the place of work: {name}</source>
            <translation>按劳动合同履行地或用人单位所在地建议：{name}</translation>
        </message>
        <message>
            <source>Laying out the packet…</source>
            <translation>正在排版移送材料…</translation>
        </message>
        <message>
            <source>Laying out {part}…</source>
            <translation>正在排版：{part}…</translation>
        </message>
        <message>
            <source>Choose a folder for the referral packet</source>
            <translation>选择保存移送材料的文件夹</translation>
        </message>
        <message>
            <source>Referral packet</source>
            <translation>移送仲裁材料</translation>
        </message>
        <message>
            <source>parts</source>
            <translation>分册</translation>
        </message>
        <message>
            <source>Saved the packet ({pages} pages) as {merged} and its {count} parts in {parts}.</source>
            <translation>已保存移送材料（共{pages}页）：{merged}；各份材料（{count}份）保存在 {parts}。</translation>
        </message>
        <message>
            <source>Open document</source>
            <translation>查看文书</translation>
        </message>
        <message>
            <source>Open file</source>
            <translation>打开文件</translation>
        </message>
        <message>
            <source>Only the signed text of an agreement is kept on file; this PDF was made before the program was last started. Generate the document again to print it (it gets a new verification code).</source>
            <translation>存档只保存已签署的调解协议书原文；这份PDF是在本次启动程序之前生成的，未保存其内容。如需打印，请重新生成（会得到新的核验码）。</translation>
        </message>
        <message>
            <source>Choose the PDF that was printed and signed</source>
            <translation>选择当时打印并签署的那份PDF</translation>
        </message>
        <message>
            <source>Choose the scan of the signed paper</source>
            <translation>选择签署文本的扫描件</translation>
        </message>
        <message>
            <source>PDF or image files ({patterns})</source>
            <translation>PDF或图片文件（{patterns}）</translation>
        </message>
        <message>
            <source>Mark “{title}” (generated {time}, verification code {code}) as signed by the parties? The exact PDF that was printed is kept on file; it cannot be undone.</source>
            <translation>将“{title}”（{time}生成，核验码{code}）登记为当事人已签署？打印的那份PDF将原样存档，登记后不能撤销。</translation>
        </message>
    </context>
    <context>
        <name>ImageDialog</name>
        <message>
            <source>This image cannot be shown.</source>
            <translation>无法显示这张图片。</translation>
        </message>
    </context>
    <context>
        <name>DocumentSettingsTab</name>
        <message>
            <source> applicants</source>
            <translation> 人时使用</translation>
        </message>
        <message>
            <source>Arabic figures (2026年3月5日)</source>
            <translation>阿拉伯数字（2026年3月5日）</translation>
        </message>
        <message>
            <source>Chinese numerals (二〇二六年三月五日)</source>
            <translation>汉字数字（二〇二六年三月五日）</translation>
        </message>
        <message>
            <source>Empty: the built-in list (simfang.ttf, simsun.ttc, SimSun-ExtB, AR PL UMing, WenQuanYi, HanaMin …)</source>
            <translation>留空：使用内置列表（simfang.ttf、simsun.ttc、SimSun-ExtB、AR PL UMing、文泉驿、花园明朝……）</translation>
        </message>
        <message>
            <source>Font search list</source>
            <translation>字体搜索列表</translation>
        </message>
        <message>
            <source>One font file a line, by name (simsun.ttc) or full path, in the order they are tried. A character no listed font can draw is reported before printing.</source>
            <translation>每行一个字体文件，写文件名（如 simsun.ttc）或完整路径，按先后顺序查找。列表中所有字体都无法显示的字符，会在打印前报告。</translation>
        </message>
        <message>
            <source>Roster annex above</source>
            <translation>申请人名册附表：多于</translation>
        </message>
        <message>
            <source>Session records</source>
            <translation>调解笔录</translation>
        </message>
        <message>
            <source>Signature dates</source>
            <translation>落款日期</translation>
        </message>
        <message>
            <source>Signature lines for all present on every page of a session record</source>
            <translation>调解笔录每一页都印出到场人员签名栏</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Arbitration limitation</source>
            <translation>仲裁时效</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>文书</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>操作员</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>对象</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <source>Old value</source>
            <translation>原值</translation>
        </message>
        <message>
            <source>New value</source>
            <translation>新值</translation>
        </message>
    </context>
    <context>
        <name>HistoryTab</name>
        <message>
            <source>No changes recorded for this case (cases imported in bulk start without history).</source>
            <translation>此案件还没有修改记录（批量导入的案件没有历史记录）。</translation>
        </message>
        <message>
            <source>History</source>
            <translation>历史记录</translation>
        </message>
    </context>
    <context>
        <name>HolidaysTab</name>
        <message>
            <source>e.g. Spring Festival</source>
            <translation>例如：春节</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <source>Remove selected</source>
            <translation>删除选中项</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>年份</translation>
        </message>
        <message>
            <source>Deadlines of {n} open cases were recalculated.</source>
            <translation>已重新计算{n}件未结案件的期限。</translation>
        </message>
    </context>
    <context>
        <name>IntakeData</name>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>性别</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>证件号码</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>联系电话</translation>
        </message>
        <message>
            <source>Migrant worker</source>
            <translation>农民工</translation>
        </message>
        <message>
            <source>Joined</source>
            <translation>入职日期</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>离职日期</translation>
        </message>
        <message>
            <source>Job</source>
            <translation>岗位</translation>
        </message>
        <message>
            <source>Monthly wage</source>
            <translation>月工资</translation>
        </message>
        <message>
            <source>ID type</source>
            <translation>证件类型</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>住址</translation>
        </message>
        <message>
            <source>Mailing address</source>
            <translation>通讯地址</translation>
        </message>
        <message>
            <source>Representative</source>
            <translation>代表人</translation>
        </message>
        <message>
            <source>Company or name</source>
            <translation>单位名称或姓名</translation>
        </message>
        <message>
            <source>Unified social credit code</source>
            <translation>统一社会信用代码</translation>
        </message>
        <message>
            <source>Legal representative</source>
            <translation>法定代表人</translation>
        </message>
        <message>
            <source>Representative's title</source>
            <translation>法定代表人职务</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>行业</translation>
        </message>
        <message>
            <source>Role in the chain</source>
            <translation>链条角色</translation>
        </message>
        <message>
            <source>Acts for</source>
            <translation>代理方</translation>
        </message>
        <message>
            <source>Principal</source>
            <translation>被代理人</translation>
        </message>
        <message>
            <source>Relation</source>
            <translation>与当事人关系</translation>
        </message>
        <message>
            <source>Applicant</source>
            <translation>申请人</translation>
        </message>
        <message>
            <source>Claim type</source>
            <translation>请求类别</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>内容</translation>
        </message>
        <message>
            <source>Amount (yuan)</source>
            <translation>金额（元）</translation>
        </message>
        <message>
            <source>Period from</source>
            <translation>期间自</translation>
        </message>
        <message>
            <source>Period to</source>
            <translation>期间至</translation>
        </message>
        <message>
            <source>Total claimed: {total} yuan</source>
            <translation>请求金额合计：{total}元</translation>
        </message>
        <message>
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <source> ({parts})</source>
            <translation>（{parts}）</translation>
        </message>
        <message>
            <source>Applicant {n}</source>
            <translation>第{n}名申请人</translation>
        </message>
        <message>
            <source>Respondent {n}</source>
            <translation>第{n}名被申请人</translation>
        </message>
        <message>
            <source>Agent {n}</source>
            <translation>第{n}名委托代理人</translation>
        </message>
        <message>
            <source>Claim {n}</source>
            <translation>第{n}项请求</translation>
        </message>
        <message>
            <source> ({name})</source>
            <translation>（{name}）</translation>
        </message>
        <message>
            <source>{row}: {what}: {problem}</source>
            <translation>{row}的{what}有误：{problem}</translation>
        </message>
        <message>
            <source>The date received is not a valid date</source>
            <translation>收案日期不是有效日期，请重新选择</translation>
        </message>
    </context>
    <context>
        <name>IntakeForm</name>
        <message>
            <source>Remove rows</source>
            <translation>删除行</translation>
        </message>
        <message>
            <source>Remove the {count} selected row(s) and what was typed in them?</source>
            <translation>确定删除所选的{count}行及其中已填写的内容吗？</translation>
        </message>
        <message>
            <source>New case</source>
            <translation>新建案件</translation>
        </message>
        <message>
            <source>Edit case {number}</source>
            <translation>编辑案件 {number}</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— 请选择 —</translation>
        </message>
        <message>
            <source>Serial number of an online application</source>
            <translation>网上申请的流水号或转办编号</translation>
        </message>
        <message>
            <source>What happened and what the applicants ask for, in their words</source>
            <translation>申请人陈述的事实经过和请求理由</translation>
        </message>
        <message>
            <source>Received on</source>
            <translation>收案日期</translation>
        </message>
        <message>
            <source>Application form</source>
            <translation>申请方式</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Dispute type</source>
            <translation>争议类型</translation>
        </message>
        <message>
            <source>External no.</source>
            <translation>外部编号/流水号</translation>
        </message>
        <message>
            <source>Lead mediator</source>
            <translation>主办调解员</translation>
        </message>
        <message>
            <source>Facts and reasons</source>
            <translation>事实与理由</translation>
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation>保存（Ctrl+S）</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Paste from Excel</source>
            <translation>从Excel粘贴</translation>
        </message>
        <message>
            <source>Copy rows in Excel and paste them here (Ctrl+V). Columns: name, sex, ID number, phone, migrant worker, joined, left, job, monthly wage.</source>
            <translation>在Excel中复制若干行后粘贴到这里（Ctrl+V）。列顺序：姓名、性别、证件号码、联系电话、农民工、入职日期、离职日期、岗位、月工资。</translation>
        </message>
        <message>
            <source>(not assigned)</source>
            <translation>（未指定）</translation>
        </message>
        <message>
            <source>(whole side)</source>
            <translation>（该方全体）</translation>
        </message>
        <message>
            <source>Collective dispute: {n} applicants. Tick the representatives they elected in the column “Representative”.</source>
            <translation>集体劳动争议：共{n}名申请人。请在“代表人”一列勾选推举的代表人。</translation>
        </message>
        <message>
            <source>Pasted {n} applicants</source>
            <translation>已粘贴{n}名申请人</translation>
        </message>
        <message>
            <source>{applicants} applicants · claimed {total} yuan</source>
            <translation>申请人{applicants}名 · 请求金额{total}元</translation>
        </message>
        <message>
            <source>Applicants ({n})</source>
            <translation>申请人（{n}）</translation>
        </message>
        <message>
            <source>Respondents ({n})</source>
            <translation>被申请人（{n}）</translation>
        </message>
        <message>
            <source>Agents ({n})</source>
            <translation>委托代理人（{n}）</translation>
        </message>
        <message>
            <source>Claims ({n})</source>
            <translation>请求事项（{n}）</translation>
        </message>
        <message>
            <source>Not saved: {n} problems to correct (marked in red)</source>
            <translation>未保存：有{n}处需要更正（已用红色标出）</translation>
        </message>
        <message>
            <source>Please check</source>
            <translation>请核对</translation>
        </message>
        <message>
            <source>Please note:
{warnings}

Save anyway?</source>
            <translation>请注意：
{warnings}

仍然保存吗？</translation>
        </message>
        <message>
            <source>Saved by someone else</source>
            <translation>已被他人修改</translation>
        </message>
        <message>
            <source>Could not save a draft: {error}</source>
            <translation>无法保存草稿：{error}</translation>
        </message>
        <message>
            <source>Draft kept automatically at {time}</source>
            <translation>已于{time}自动保存草稿</translation>
        </message>
        <message>
            <source>Unsaved input</source>
            <translation>有未保存的内容</translation>
        </message>
        <message>
            <source>This form has input that is not saved. Save it now?</source>
            <translation>此表单中有尚未保存的内容。现在保存吗？</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Calculator</source>
            <translation>计算器</translation>
        </message>
        <message>
            <source>Statistics</source>
            <translation>统计</translation>
        </message>
        <message>
            <source>Employers</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Labour dispute mediation cases</source>
            <translation>劳动争议调解案件管理</translation>
        </message>
        <message>
            <source>New case</source>
            <translation>新建案件</translation>
        </message>
        <message>
            <source>Open case</source>
            <translation>打开案件</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>主工具栏</translation>
        </message>
        <message>
            <source>Enter holidays…</source>
            <translation>录入节假日…</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <source>Operator: {name}</source>
            <translation>操作员：{name}</translation>
        </message>
        <message>
            <source>Database: {path}</source>
            <translation>数据库：{path}</translation>
        </message>
        <message>
            <source>{n} cases</source>
            <translation>共{n}件</translation>
        </message>
        <message>
            <source>Unsaved input found</source>
            <translation>发现未保存的录入</translation>
        </message>
        <message>
            <source>The program was closed before this input was saved:
{drafts}

Open it again to check and save it?</source>
            <translation>程序上次关闭时，以下录入内容尚未保存：
{drafts}

现在重新打开，核对后保存吗？</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>首页</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>案件</translation>
        </message>
    </context>
    <context>
        <name>OfficeTab</name>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Telephone</source>
            <translation>联系电话</translation>
        </message>
        <message>
            <source>Printed on letters, e.g. 0571-87654321</source>
            <translation>印在移送函等文书上，例如 0571-87654321</translation>
        </message>
        <message>
            <source>Statistics month</source>
            <translation>统计月度口径</translation>
        </message>
        <message>
            <source>Calendar month (1st to last day)</source>
            <translation>自然月（1日至月末）</translation>
        </message>
        <message>
            <source>21st of the previous month to the 20th</source>
            <translation>上月21日至本月20日</translation>
        </message>
        <message>
            <source> working days</source>
            <translation>个工作日</translation>
        </message>
        <message>
            <source> days</source>
            <translation>日</translation>
        </message>
        <message>
            <source>Placeholders: {简称} short name, {年} year, {n} running number.</source>
            <translation>占位符：{简称} 机构简称，{年} 年份，{n} 序号。</translation>
        </message>
        <message>
            <source>Name of the mediation committee</source>
            <translation>调解组织名称</translation>
        </message>
        <message>
            <source>Short name</source>
            <translation>机构简称</translation>
        </message>
        <message>
            <source>Case number pattern</source>
            <translation>案件编号格式</translation>
        </message>
        <message>
            <source>Next number</source>
            <translation>下一个编号</translation>
        </message>
        <message>
            <source>Time to accept</source>
            <translation>受理审查期限</translation>
        </message>
        <message>
            <source>Time to mediate</source>
            <translation>调解期限</translation>
        </message>
        <message>
            <source>Interface language (this computer)</source>
            <translation>界面语言（本机）</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>界面语言</translation>
        </message>
        <message>
            <source>The new language is used from the next start of the program.</source>
            <translation>新的界面语言将在下次启动程序时生效。</translation>
        </message>
    </context>
    <context>
        <name>OperatorPicker</name>
        <message>
            <source>Who is working?</source>
            <translation>请选择操作员</translation>
        </message>
        <message>
            <source>Add an operator</source>
            <translation>添加操作员</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>开始</translation>
        </message>
        <message>
            <source>Choose your name. Your changes are recorded under it.</source>
            <translation>请选择您的姓名，您所做的修改将以此姓名记录。</translation>
        </message>
        <message>
            <source>No operators yet. Add yourself below: your name is recorded with every change you make.</source>
            <translation>还没有操作员。请先在下面添加您自己：您所做的每一项修改都会记录您的姓名。</translation>
        </message>
    </context>
    <context>
        <name>OperatorsTab</name>
        <message>
            <source>Add…</source>
            <translation>添加…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>停用</translation>
        </message>
        <message>
            <source>Deactivated operators stay in the history and on their cases, but can no longer be chosen at start-up or as lead mediator.</source>
            <translation>停用的人员仍保留在历史记录和其经办的案件中，但不能再在启动时选择，也不能再被指定为主办调解员。</translation>
        </message>
        <message>
            <source>Reactivate</source>
            <translation>重新启用</translation>
        </message>
    </context>
    <context>
        <name>Ops</name>
        <message>
            <source>Cannot do this</source>
            <translation>无法完成操作</translation>
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message>
            <source>Case number</source>
            <translation>案件编号</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Received on</source>
            <translation>收案日期</translation>
        </message>
        <message>
            <source>Dispute type</source>
            <translation>争议类型</translation>
        </message>
        <message>
            <source>Application form</source>
            <translation>申请方式</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>External no.</source>
            <translation>外部编号/流水号</translation>
        </message>
        <message>
            <source>Lead mediator</source>
            <translation>主办调解员</translation>
        </message>
        <message>
            <source>Acceptance due</source>
            <translation>受理期限</translation>
        </message>
        <message>
            <source>Mediation due</source>
            <translation>调解期限</translation>
        </message>
        <message>
            <source>Accepted on</source>
            <translation>受理日期</translation>
        </message>
        <message>
            <source>Closed on</source>
            <translation>结案日期</translation>
        </message>
        <message>
            <source>Amount claimed</source>
            <translation>请求金额</translation>
        </message>
        <message>
            <source>Facts and reasons</source>
            <translation>事实与理由</translation>
        </message>
        <message>
            <source>Last saved</source>
            <translation>最后保存</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>概况</translation>
        </message>
        <message>
            <source>{amount} yuan</source>
            <translation>{amount}元</translation>
        </message>
        <message>
            <source>{date} (overdue)</source>
            <translation>{date}（已超期）</translation>
        </message>
    </context>
    <context>
        <name>PartiesTab</name>
        <message>
            <source>Respondents</source>
            <translation>被申请人</translation>
        </message>
        <message>
            <source>Agents</source>
            <translation>委托代理人</translation>
        </message>
        <message>
            <source>(whole side)</source>
            <translation>（该方全体）</translation>
        </message>
        <message>
            <source>Parties</source>
            <translation>当事人</translation>
        </message>
        <message>
            <source>Applicants ({n})</source>
            <translation>申请人（{n}）</translation>
        </message>
        <message>
            <source> — collective dispute</source>
            <translation> — 集体劳动争议</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>机构信息</translation>
        </message>
        <message>
            <source>Operators</source>
            <translation>操作员</translation>
        </message>
        <message>
            <source>Holidays</source>
            <translation>节假日</translation>
        </message>
        <message>
            <source>Operators, holidays, committees and local figures are saved as soon as you change them.</source>
            <translation>操作员、节假日、仲裁委员会和地区标准的修改会立即保存。</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>Cannot open the database</source>
            <translation>无法打开数据库</translation>
        </message>
        <message>
            <source>Welcome</source>
            <translation>欢迎使用</translation>
        </message>
        <message>
            <source>Before the first case, please enter your committee's full name and short name. They are printed on every document and form part of every case number.</source>
            <translation>登记第一件案件之前，请先填写本调解组织的全称和简称：它们会印在每一份文书上，并用于案件编号。</translation>
        </message>
    </context>
    <context>
        <name>TablePanel</name>
        <message>
            <source>Add row</source>
            <translation>添加一行</translation>
        </message>
        <message>
            <source>Remove selected rows</source>
            <translation>删除选中行</translation>
        </message>
    </context>
    <context>
        <name>UserDialog</name>
        <message>
            <source>Edit operator</source>
            <translation>编辑操作员</translation>
        </message>
        <message>
            <source>Add operator</source>
            <translation>添加操作员</translation>
        </message>
        <message>
            <source>Active (can log in and lead cases)</source>
            <translation>在用（可登录、可主办案件）</translation>
        </message>
    </context>
    <context>
        <name>UserForm</name>
        <message>
            <source>Mediator certificate, if any</source>
            <translation>调解员证号（如有）</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Certificate no.</source>
            <translation>调解员证号</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>联系电话</translation>
        </message>
    </context>
    <context>
        <name>UsersModel</name>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Certificate no.</source>
            <translation>调解员证号</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>联系电话</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>在用</translation>
        </message>
        <message>
            <source>Deactivated</source>
            <translation>已停用</translation>
        </message>
    </context>
    <context>
        <name>VoidDialog</name>
        <message>
            <source>Void case</source>
            <translation>作废案件</translation>
        </message>
        <message>
            <source>For example: registered twice by mistake</source>
            <translation>例如：误重复登记</translation>
        </message>
        <message>
            <source>Case {number} will leave the case list. Its number stays used and is never given to another case. Why is it voided?</source>
            <translation>案件{number}将从案件列表中移除。其编号仍视为已用，不会分配给其他案件。作废原因是什么？</translation>
        </message>
    </context>
    <context>
        <name>TodoModel</name>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Case number</source>
            <translation>案号</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>待办事项</translation>
        </message>
        <message>
            <source>{date} (overdue)</source>
            <translation>{date}（已逾期）</translation>
        </message>
    </context>
    <context>
        <name>TodoGroup</name>
        <message>
            <source>{title} ({n}, {overdue} overdue)</source>
            <translation>{title}（{n}项，其中逾期{overdue}项）</translation>
        </message>
        <message>
            <source>{title} ({n})</source>
            <translation>{title}（{n}项）</translation>
        </message>
    </context>
    <context>
        <name>TodoBoard</name>
        <message>
            <source>Confirmation windows and referrals</source>
            <translation>协议确认期限与转介</translation>
        </message>
        <message>
            <source>Arbitration limitation (advice)</source>
            <translation>仲裁时效（仅供参考）</translation>
        </message>
        <message>
            <source>Employer early warning</source>
            <translation>单位预警</translation>
        </message>
        <message>
            <source>Performance (instalments)</source>
            <translation>履行（分期付款）</translation>
        </message>
        <message>
            <source>Session agenda…</source>
            <translation>调解日程…</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Acceptance decisions</source>
            <translation>受理决定</translation>
        </message>
        <message>
            <source>Mediation time limits</source>
            <translation>调解期限</translation>
        </message>
        <message>
            <source>Sessions today and this week</source>
            <translation>今日及本周调解</translation>
        </message>
        <message>
            <source>Follow-up visits</source>
            <translation>回访</translation>
        </message>
        <message>
            <source>To do on {date}: {n} items, {overdue} overdue</source>
            <translation>{date} 待办：共{n}项，其中逾期{overdue}项</translation>
        </message>
    </context>
    <context>
        <name>AgendaDialog</name>
        <message>
            <source>Session agenda</source>
            <translation>调解日程</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>打印…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Sessions from {start} to {end}</source>
            <translation>调解日程（{start} 至 {end}）</translation>
        </message>
    </context>
    <context>
        <name>AcceptanceDialog</name>
        <message>
            <source>Accept the application</source>
            <translation>受理申请</translation>
        </message>
        <message>
            <source>Consent given on</source>
            <translation>表态日期</translation>
        </message>
        <message>
            <source>Decided on</source>
            <translation>决定日期</translation>
        </message>
        <message>
            <source>Explanation</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>理由</translation>
        </message>
        <message>
            <source>Refuse to accept</source>
            <translation>不予受理</translation>
        </message>
        <message>
            <source>Respondent's consent</source>
            <translation>被申请人是否同意调解</translation>
        </message>
    </context>
    <context>
        <name>AgreementEditor</name>
        <message>
            <source>Add term</source>
            <translation>添加条款</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>协议份数</translation>
        </message>
        <message>
            <source>Mediation agreement</source>
            <translation>调解协议</translation>
        </message>
        <message>
            <source>Mediation agreement (new, not saved)</source>
            <translation>调解协议（新建，尚未保存）</translation>
        </message>
        <message>
            <source>Mediation agreement {number}</source>
            <translation>调解协议 {number}</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>上移</translation>
        </message>
        <message>
            <source>Preamble (optional)</source>
            <translation>协议前言（可不填）</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>删除条款</translation>
        </message>
        <message>
            <source>Replace selected</source>
            <translation>替换所选条款</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Signed on {date}: the agreement is effective and its terms cannot be edited. Changes go into a supplementary agreement.</source>
            <translation>已于{date}签订：协议已生效，条款不能再修改。如需变更，请签订补充协议。</translation>
        </message>
        <message>
            <source>Sign…</source>
            <translation>签订…</translation>
        </message>
        <message>
            <source>Supplementary agreement</source>
            <translation>补充协议</translation>
        </message>
        <message>
            <source>Supplementary agreement (new, not saved)</source>
            <translation>补充协议（新建，尚未保存）</translation>
        </message>
        <message>
            <source>Supplementary agreement no. {seq}</source>
            <translation>第{seq}号补充协议</translation>
        </message>
        <message>
            <source>{kind} (not signed)</source>
            <translation>{kind}（未签订）</translation>
        </message>
        <message>
            <source>{kind} (signed {date})</source>
            <translation>{kind}（{date}签订）</translation>
        </message>
    </context>
    <context>
        <name>CloseDialog</name>
        <message>
            <source>Close the case</source>
            <translation>结案</translation>
        </message>
        <message>
            <source>How it ends</source>
            <translation>结案方式</translation>
        </message>
        <message>
            <source>Mediation failed</source>
            <translation>调解不成</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>理由</translation>
        </message>
    </context>
    <context>
        <name>DatedNoteDialog</name>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>ExtendDialog</name>
        <message>
            <source>Current due date</source>
            <translation>当前调解期限</translation>
        </message>
        <message>
            <source>Extend the mediation time limit</source>
            <translation>延长调解期限</translation>
        </message>
        <message>
            <source>New due date</source>
            <translation>延长至</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Parties agreed on</source>
            <translation>双方同意延期的日期</translation>
        </message>
    </context>
    <context>
        <name>ExtensionsModel</name>
        <message>
            <source>New due date</source>
            <translation>延长至</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Parties agreed on</source>
            <translation>双方同意日期</translation>
        </message>
        <message>
            <source>Previous due date</source>
            <translation>原期限</translation>
        </message>
    </context>
    <context>
        <name>FollowUpDialog</name>
        <message>
            <source>Finding</source>
            <translation>履行情况</translation>
        </message>
        <message>
            <source>Follow-up visit</source>
            <translation>回访</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Person contacted</source>
            <translation>回访对象</translation>
        </message>
        <message>
            <source>Visit again on</source>
            <translation>下次回访</translation>
        </message>
        <message>
            <source>Visited on</source>
            <translation>回访日期</translation>
        </message>
    </context>
    <context>
        <name>FollowUpsModel</name>
        <message>
            <source>Finding</source>
            <translation>履行情况</translation>
        </message>
        <message>
            <source>Next visit</source>
            <translation>下次回访</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Person contacted</source>
            <translation>回访对象</translation>
        </message>
        <message>
            <source>Visited on</source>
            <translation>回访日期</translation>
        </message>
    </context>
    <context>
        <name>HandlingTab</name>
        <message>
            <source>Acceptance due</source>
            <translation>受理期限</translation>
        </message>
        <message>
            <source>Accept…</source>
            <translation>受理…</translation>
        </message>
        <message>
            <source>Agreement…</source>
            <translation>调解协议…</translation>
        </message>
        <message>
            <source>Close case…</source>
            <translation>结案…</translation>
        </message>
        <message>
            <source>Extend time limit…</source>
            <translation>延长期限…</translation>
        </message>
        <message>
            <source>Extensions of the time limit</source>
            <translation>调解期限延长记录</translation>
        </message>
        <message>
            <source>Follow-up visits</source>
            <translation>回访记录</translation>
        </message>
        <message>
            <source>Follow-up visit…</source>
            <translation>回访…</translation>
        </message>
        <message>
            <source>Handling</source>
            <translation>办理</translation>
        </message>
        <message>
            <source>Mediation due</source>
            <translation>调解期限</translation>
        </message>
        <message>
            <source>Mediators: {names}</source>
            <translation>调解员：{names}</translation>
        </message>
        <message>
            <source>Mediators…</source>
            <translation>指派调解员…</translation>
        </message>
        <message>
            <source>New session record</source>
            <translation>新建调解笔录</translation>
        </message>
        <message>
            <source>Open record</source>
            <translation>打开笔录</translation>
        </message>
        <message>
            <source>Recusal request…</source>
            <translation>回避申请…</translation>
        </message>
        <message>
            <source>Refuse to accept…</source>
            <translation>不予受理…</translation>
        </message>
        <message>
            <source>Reopen…</source>
            <translation>重新开启…</translation>
        </message>
        <message>
            <source>Respondent refuses mediation</source>
            <translation>被申请人拒绝调解</translation>
        </message>
        <message>
            <source>Respondent refuses…</source>
            <translation>被申请人拒绝调解…</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>调解笔录</translation>
        </message>
        <message>
            <source>Status: {status}</source>
            <translation>状态：{status}</translation>
        </message>
        <message>
            <source>{date} (overdue)</source>
            <translation>{date}（已超期）</translation>
        </message>
        <message>
            <source>Status changes</source>
            <translation>状态变更记录</translation>
        </message>
        <message>
            <source>Recusal: {who} asked on {date} that {name} withdraw ({decision})</source>
            <translation>回避申请：{who}于{date}申请{name}回避（{decision}）</translation>
        </message>
    </context>
    <context>
        <name>MediatorsDialog</name>
        <message>
            <source>Assisting mediators</source>
            <translation>协办调解员</translation>
        </message>
        <message>
            <source>Chosen by the parties</source>
            <translation>由当事人选定</translation>
        </message>
        <message>
            <source>Mediator in charge</source>
            <translation>主办调解员</translation>
        </message>
        <message>
            <source>Mediators of the case</source>
            <translation>指派调解员</translation>
        </message>
        <message>
            <source>Recorder</source>
            <translation>记录人</translation>
        </message>
    </context>
    <context>
        <name>RecusalDialog</name>
        <message>
            <source>Against</source>
            <translation>申请回避的调解员</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>决定</translation>
        </message>
        <message>
            <source>Name of the requester</source>
            <translation>申请人姓名</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>理由</translation>
        </message>
        <message>
            <source>Recusal request</source>
            <translation>回避申请</translation>
        </message>
        <message>
            <source>Requested by</source>
            <translation>提出方</translation>
        </message>
        <message>
            <source>Requested on</source>
            <translation>申请日期</translation>
        </message>
    </context>
    <context>
        <name>ReopenDialog</name>
        <message>
            <source>Reason</source>
            <translation>理由</translation>
        </message>
        <message>
            <source>Reopen the case</source>
            <translation>重新开启案件</translation>
        </message>
        <message>
            <source>Why is the case reopened? (required)</source>
            <translation>为什么重新开启案件？（必填）</translation>
        </message>
    </context>
    <context>
        <name>AttendeesEditor</name>
        <message>
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <source>Add the parties</source>
            <translation>填入当事人</translation>
        </message>
        <message>
            <source>Adds the case's applicants, respondents and agents not yet listed</source>
            <translation>填入本案尚未列出的申请人、被申请人和委托代理人</translation>
        </message>
        <message>
            <source>Name, Enter adds</source>
            <translation>姓名，回车添加</translation>
        </message>
        <message>
            <source>Note or relation</source>
            <translation>备注或与当事人关系</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>替换</translation>
        </message>
    </context>
    <context>
        <name>AttendeesModel</name>
        <message>
            <source>Attended as</source>
            <translation>身份</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Note / relation</source>
            <translation>备注／关系</translation>
        </message>
        <message>
            <source>Side</source>
            <translation>方别</translation>
        </message>
    </context>
    <context>
        <name>SessionEditor</name>
        <message>
            <source>Attended</source>
            <translation>到场人员</translation>
        </message>
        <message>
            <source>Asked about recusal</source>
            <translation>已询问是否申请回避</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Continue on</source>
            <translation>继续调解日期</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Draft saved {time}</source>
            <translation>草稿已保存 {time}</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>结束</translation>
        </message>
        <message>
            <source>Evidence shown</source>
            <translation>出示证据</translation>
        </message>
        <message>
            <source>Finish record</source>
            <translation>完成笔录</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>形式</translation>
        </message>
        <message>
            <source>Identities checked</source>
            <translation>已核对身份</translation>
        </message>
        <message>
            <source>Mediator in charge</source>
            <translation>主持调解员</translation>
        </message>
        <message>
            <source>Mediator's proposal</source>
            <translation>调解员方案</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>调解结果</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>地点</translation>
        </message>
        <message>
            <source>Record finished</source>
            <translation>笔录已完成</translation>
        </message>
        <message>
            <source>Recorder</source>
            <translation>记录人</translation>
        </message>
        <message>
            <source>Rights and duties explained</source>
            <translation>已告知权利义务</translation>
        </message>
        <message>
            <source>Session record no. {seq}</source>
            <translation>第{seq}次调解笔录</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>开始</translation>
        </message>
        <message>
            <source>Unsaved changes…</source>
            <translation>有未保存的修改…</translation>
        </message>
    </context>
    <context>
        <name>SessionsModel</name>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>次序</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>地点</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Turns</source>
            <translation>发言数</translation>
        </message>
    </context>
    <context>
        <name>SignDialog</name>
        <message>
            <source>Once signed, the agreement is effective and cannot be edited.</source>
            <translation>签订后协议即生效，不能再修改。</translation>
        </message>
        <message>
            <source>Sign the agreement</source>
            <translation>签订调解协议</translation>
        </message>
        <message>
            <source>Signed on</source>
            <translation>签订日期</translation>
        </message>
    </context>
    <context>
        <name>TermForm</name>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Amount in yuan</source>
            <translation>金额（元）</translation>
        </message>
        <message>
            <source>For example: the respondent issues a leaving certificate within 3 days</source>
            <translation>例如：被申请人于3日内为申请人出具离职证明</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>方式</translation>
        </message>
        <message>
            <source>Pay by</source>
            <translation>给付期限</translation>
        </message>
        <message>
            <source>Payee</source>
            <translation>收款方</translation>
        </message>
        <message>
            <source>Payer</source>
            <translation>给付方</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>地点</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>条款内容</translation>
        </message>
    </context>
    <context>
        <name>TermsModel</name>
        <message>
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>Term</source>
            <translation>条款</translation>
        </message>
    </context>
    <context>
        <name>TurnsEditor</name>
        <message>
            <source>Ctrl+1 mediator · Ctrl+2 applicant · Ctrl+3 respondent · Ctrl+4 other · Enter next turn · Up/Down correct a turn</source>
            <translation>Ctrl+1 调解员 · Ctrl+2 申请人 · Ctrl+3 被申请人 · Ctrl+4 其他 · Enter 下一段发言 · ↑/↓ 修改前后发言</translation>
        </message>
        <message>
            <source>Type what is said, Enter for the next turn; Ctrl+1..4 picks the speaker</source>
            <translation>输入发言内容，按 Enter 记下一段；Ctrl+1..4 选择发言人</translation>
        </message>
    </context>
    <context>
        <name>TurnsModel</name>
        <message>
            <source>Speaker</source>
            <translation>发言人</translation>
        </message>
        <message>
            <source>Words</source>
            <translation>发言内容</translation>
        </message>
    </context>
    <context>
        <name>StatusChangesModel</name>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>From</source>
            <translation>原状态</translation>
        </message>
        <message>
            <source>To</source>
            <translation>新状态</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>理由</translation>
        </message>
    </context>
    <context>
        <name>PerformanceTab</name>
        <message>
            <source>Agreed {agreed} yuan, paid {paid} yuan, outstanding {outstanding} yuan; fulfilment rate {rate}</source>
            <translation>协议金额{agreed}元，已付{paid}元，尚欠{outstanding}元；履行率{rate}</translation>
        </message>
        <message>
            <source>Correct payment</source>
            <translation>更正收款</translation>
        </message>
        <message>
            <source>Correct payment…</source>
            <translation>更正收款…</translation>
        </message>
        <message>
            <source>Correct the payment of {amount} yuan received on {day}?</source>
            <translation>确定更正{day}收到的{amount}元收款记录吗？</translation>
        </message>
        <message>
            <source>Delete payment</source>
            <translation>删除收款</translation>
        </message>
        <message>
            <source>Delete payment…</source>
            <translation>删除收款…</translation>
        </message>
        <message>
            <source>Delete the payment of {amount} yuan received on {day}?</source>
            <translation>确定删除{day}收到的{amount}元收款记录吗？</translation>
        </message>
        <message>
            <source>Instalments</source>
            <translation>分期给付</translation>
        </message>
        <message>
            <source>Legal basis: {basis}</source>
            <translation>依据：{basis}</translation>
        </message>
        <message>
            <source>Over-payment</source>
            <translation>超额登记</translation>
        </message>
        <message>
            <source>Overdue: routes open to the workers</source>
            <translation>已逾期：劳动者可选择的救济途径</translation>
        </message>
        <message>
            <source>Payments received</source>
            <translation>收款记录</translation>
        </message>
        <message>
            <source>Per worker</source>
            <translation>各申请人</translation>
        </message>
        <message>
            <source>Performance</source>
            <translation>履行</translation>
        </message>
        <message>
            <source>Please give the reason.</source>
            <translation>请填写理由。</translation>
        </message>
        <message>
            <source>Record payment…</source>
            <translation>登记收款…</translation>
        </message>
        <message>
            <source>Record the over-payment anyway?</source>
            <translation>是否仍要超额登记？</translation>
        </message>
        <message>
            <source>Select a payment first.</source>
            <translation>请先选择一条收款记录。</translation>
        </message>
        <message>
            <source>Select an instalment first.</source>
            <translation>请先选择一期款项。</translation>
        </message>
        <message>
            <source>Split among workers</source>
            <translation>分配到申请人</translation>
        </message>
        <message>
            <source>Split among workers…</source>
            <translation>分配到申请人…</translation>
        </message>
        <message>
            <source>The application needs the mediation agreement. Print it on the Documents tab now?</source>
            <translation>申请支付令需提交调解协议书。现在到“文书”页打印调解协议书吗？</translation>
        </message>
        <message>
            <source>The schedule of payments appears here once the case has a signed agreement with payment terms (sign it on the Handling tab).</source>
            <translation>本案签订含给付条款的调解协议后，这里显示分期给付和收款情况（在“办理”页签订协议）。</translation>
        </message>
        <message>
            <source>Why is more than what is owed recorded?</source>
            <translation>请填写超额登记的理由：</translation>
        </message>
        <message>
            <source>Why is this record deleted?</source>
            <translation>请填写删除该收款记录的理由：</translation>
        </message>
        <message>
            <source>overdue {amount} yuan</source>
            <translation>逾期未付{amount}元</translation>
        </message>
    </context>
    <context>
        <name>ReceiptDialog</name>
        <message>
            <source>Choose scan…</source>
            <translation>选择扫描件…</translation>
        </message>
        <message>
            <source>Correct a payment</source>
            <translation>更正收款</translation>
        </message>
        <message>
            <source>No scan</source>
            <translation>无扫描件</translation>
        </message>
        <message>
            <source>Reason for correction</source>
            <translation>更正理由</translation>
        </message>
        <message>
            <source>Record a payment</source>
            <translation>登记收款</translation>
        </message>
        <message>
            <source>Scans (*.pdf *.jpg *.jpeg *.png)</source>
            <translation>扫描件 (*.pdf *.jpg *.jpeg *.png)</translation>
        </message>
        <message>
            <source>Voucher no.</source>
            <translation>凭证号</translation>
        </message>
        <message>
            <source>Voucher scan</source>
            <translation>凭证扫描件</translation>
        </message>
        <message>
            <source>Why the record is corrected (required)</source>
            <translation>更正的原因（必填）</translation>
        </message>
        <message>
            <source>e.g. 64000 or 64,000.00</source>
            <translation>例如 64000 或 64,000.00</translation>
        </message>
        <message>
            <source>Received on</source>
            <translation>收款日期</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>付款方式</translation>
        </message>
        <message>
            <source>Amount (yuan)</source>
            <translation>金额（元）</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>ReceiptsModel</name>
        <message>
            <source>Over-payment recorded: {reason}</source>
            <translation>超额登记：{reason}</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>登记人</translation>
        </message>
        <message>
            <source>Scan</source>
            <translation>扫描件</translation>
        </message>
        <message>
            <source>Voucher no.</source>
            <translation>凭证号</translation>
        </message>
        <message>
            <source>Received on</source>
            <translation>收款日期</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额（元）</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>付款方式</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>ScheduleModel</name>
        <message>
            <source>No.</source>
            <translation>期次</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>约定日期</translation>
        </message>
        <message>
            <source>Last day to pay</source>
            <translation>最后付款日</translation>
        </message>
        <message>
            <source>Payer</source>
            <translation>给付方</translation>
        </message>
        <message>
            <source>Payee</source>
            <translation>收款方</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>应付（元）</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>已付（元）</translation>
        </message>
        <message>
            <source>Outstanding</source>
            <translation>尚欠（元）</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Not yet due</source>
            <translation>未到期</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>逾期</translation>
        </message>
        <message>
            <source>Paid in full</source>
            <translation>已付清</translation>
        </message>
        <message>
            <source>Partly paid</source>
            <translation>部分支付</translation>
        </message>
    </context>
    <context>
        <name>SplitDialog</name>
        <message>
            <source>Adds up to the {due} yuan due.</source>
            <translation>合计与本期应付{due}元一致。</translation>
        </message>
        <message>
            <source>An amount is not a valid number.</source>
            <translation>有金额不是有效的数字。</translation>
        </message>
        <message>
            <source>Split of instalment {n}</source>
            <translation>第{n}期款项的分配</translation>
        </message>
        <message>
            <source>Total differs from the {due} yuan due by {diff} yuan.</source>
            <translation>合计与本期应付{due}元相差{diff}元。</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>申请人</translation>
        </message>
        <message>
            <source>Amount (yuan)</source>
            <translation>金额（元）</translation>
        </message>
    </context>
    <context>
        <name>WorkerFiguresModel</name>
        <message>
            <source>Worker</source>
            <translation>申请人</translation>
        </message>
        <message>
            <source>Agreed</source>
            <translation>协议金额（元）</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>已付（元）</translation>
        </message>
        <message>
            <source>Outstanding</source>
            <translation>尚欠（元）</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>逾期未付（元）</translation>
        </message>
    </context>
    <context>
        <name>EmployersModel</name>
        <message>
            <source>Employer</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Credit code</source>
            <translation>统一社会信用代码</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>案件数</translation>
        </message>
        <message>
            <source>Workers</source>
            <translation>劳动者人数</translation>
        </message>
        <message>
            <source>Claimed</source>
            <translation>请求金额（元）</translation>
        </message>
        <message>
            <source>Agreed</source>
            <translation>协议金额（元）</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>已付（元）</translation>
        </message>
        <message>
            <source>Outstanding</source>
            <translation>尚欠（元）</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>逾期未付（元）</translation>
        </message>
        <message>
            <source>Fulfilment rate</source>
            <translation>履行率</translation>
        </message>
    </context>
    <context>
        <name>EmployerCasesModel</name>
        <message>
            <source>Case number</source>
            <translation>案件编号</translation>
        </message>
        <message>
            <source>Agreed</source>
            <translation>协议金额（元）</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>已付（元）</translation>
        </message>
        <message>
            <source>Outstanding</source>
            <translation>尚欠（元）</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>逾期未付（元）</translation>
        </message>
        <message>
            <source>Fulfilment rate</source>
            <translation>履行率</translation>
        </message>
    </context>
    <context>
        <name>EmployersDialog</name>
        <message>
            <source>Employers</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>案件</translation>
        </message>
        <message>
            <source>Cases against {name}</source>
            <translation>{name}的案件</translation>
        </message>
        <message>
            <source>{n} employers paying under agreements. Double-click an employer to list its cases, a case to open it.</source>
            <translation>共{n}家单位负有调解协议给付义务。双击单位列出其案件，双击案件打开。</translation>
        </message>
    </context>
    <context>
        <name>EarlyWarningBox</name>
        <message>
            <source>Employer early warning (to-do board)</source>
            <translation>单位预警（首页待办）</translation>
        </message>
        <message>
            <source> cases or more</source>
            <translation>件及以上</translation>
        </message>
        <message>
            <source> days</source>
            <translation>日</translation>
        </message>
        <message>
            <source>Warn about every open collective dispute</source>
            <translation>有正在办理的集体争议即预警</translation>
        </message>
        <message>
            <source>Cases against one employer</source>
            <translation>同一单位的案件数</translation>
        </message>
        <message>
            <source>Received within the last</source>
            <translation>收案期间（最近）</translation>
        </message>
    </context>
    <context>
        <name>BasesDialog</name>
        <message>
            <source>Bases of liability</source>
            <translation>责任依据</translation>
        </message>
        <message>
            <source>One basis per line, offered in the chain table. Line 1 is suggested for the employer and the actual builder, line 2 for a subcontractor, line 3 for the general contractor, line 4 for the client and line 6 for a team leader. Leave the list empty to restore the built-in wording.</source>
            <translation>每行一条责任依据，供用工链条表选用。第1行默认用于用人单位和实际施工人，第2行用于分包单位，第3行用于施工总承包单位，第4行用于建设单位，第6行用于班组长。清空列表则恢复软件自带的措辞。</translation>
        </message>
    </context>
    <context>
        <name>ArrearsTab</name>
        <message>
            <source>Wording of the bases…</source>
            <translation>责任依据措辞…</translation>
        </message>
        <message>
            <source>Who in the subcontracting chain answers for what</source>
            <translation>用工链条中谁对欠薪承担什么责任</translation>
        </message>
        <message>
            <source>Periods and evidence</source>
            <translation>欠薪期间与证据</translation>
        </message>
        <message>
            <source>Subcontracting chain</source>
            <translation>用工链条</translation>
        </message>
        <message>
            <source>Update claims from the ledger…</source>
            <translation>按台账更新请求事项…</translation>
        </message>
        <message>
            <source>Update claims</source>
            <translation>更新请求事项</translation>
        </message>
        <message>
            <source>Set each worker's wage claim to the amount claimed in the ledger (or, where none is entered, to what is outstanding)? Workers without periods and other claims stay as they are.</source>
            <translation>将每名工人的“拖欠工资”请求金额更新为台账中的主张金额（未填主张金额的，按尚欠金额）吗？没有登记期间的工人和其他请求事项不变。</translation>
        </message>
        <message>
            <source>{n} wage claims updated or added.</source>
            <translation>已更新或添加{n}项拖欠工资请求。</translation>
        </message>
        <message>
            <source>Add party</source>
            <translation>添加责任主体</translation>
        </message>
        <message>
            <source>Add period</source>
            <translation>添加期间</translation>
        </message>
        <message>
            <source>Add {n} workers owed {total} yuan in all to case {number}?</source>
            <translation>将{n}名工人（欠薪合计{total}元）加入案件{number}吗？</translation>
        </message>
        <message>
            <source>{added} of them are new; {matched} are applicants already registered in the case, whose ledger and wage claim are updated from the roster.</source>
            <translation>其中新增{added}名；{matched}名是本案已登记的申请人，将按名册更新其欠薪台账和工资请求。</translation>
        </message>
        <message>
            <source>Arrears</source>
            <translation>欠薪</translation>
        </message>
        <message>
            <source>Attach evidence</source>
            <translation>附加证据文件</translation>
        </message>
        <message>
            <source>Attach file…</source>
            <translation>附加文件…</translation>
        </message>
        <message>
            <source>Evidence held</source>
            <translation>所持证据</translation>
        </message>
        <message>
            <source>Fill in from respondents</source>
            <translation>按被申请人填入</translation>
        </message>
        <message>
            <source>Import roster</source>
            <translation>导入名册</translation>
        </message>
        <message>
            <source>Import roster…</source>
            <translation>导入名册…</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <source>Periods of the selected worker</source>
            <translation>所选工人的欠薪期间</translation>
        </message>
        <message>
            <source>Please note:</source>
            <translation>请注意：</translation>
        </message>
        <message>
            <source>Reading the roster…</source>
            <translation>正在读取名册…</translation>
        </message>
        <message>
            <source>Remove file</source>
            <translation>删除文件</translation>
        </message>
        <message>
            <source>Remove file…</source>
            <translation>删除文件…</translation>
        </message>
        <message>
            <source>Remove party</source>
            <translation>删除责任主体</translation>
        </message>
        <message>
            <source>Remove period</source>
            <translation>删除期间</translation>
        </message>
        <message>
            <source>Remove {file} from the evidence? This cannot be undone.</source>
            <translation>确定从证据中删除“{file}”吗？删除后无法恢复。</translation>
        </message>
        <message>
            <source>Rosters (*.xlsx *.csv)</source>
            <translation>名册 (*.xlsx *.csv)</translation>
        </message>
        <message>
            <source>Save liability</source>
            <translation>保存责任分担</translation>
        </message>
        <message>
            <source>Save periods</source>
            <translation>保存期间</translation>
        </message>
        <message>
            <source>Save the changed periods of {name}?</source>
            <translation>是否保存{name}已修改的欠薪期间？</translation>
        </message>
        <message>
            <source>Unsaved periods</source>
            <translation>期间未保存</translation>
        </message>
        <message>
            <source>What is this file?</source>
            <translation>这是什么证据？</translation>
        </message>
        <message>
            <source>Workers</source>
            <translation>工人</translation>
        </message>
        <message>
            <source>{n} workers: owed {owed} yuan, paid before mediation {paid} yuan, unpaid before mediation {outstanding} yuan, claimed {claimed} yuan, confirmed by the employer {confirmed} yuan (payments under the agreement: see the Performance tab)</source>
            <translation>共{n}名工人：应付{owed}元，已付（调解前）{paid}元，欠付（调解前）{outstanding}元，主张{claimed}元，单位确认{confirmed}元（协议履行情况见“履行”页）</translation>
        </message>
    </context>
    <context>
        <name>LiabilityGrid</name>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Answers for</source>
            <translation>承担金额</translation>
        </message>
        <message>
            <source>Basis of liability</source>
            <translation>责任依据</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Party</source>
            <translation>责任主体</translation>
        </message>
        <message>
            <source>Role in the chain</source>
            <translation>链条位置</translation>
        </message>
        <message>
            <source>Share %</source>
            <translation>比例%</translation>
        </message>
    </context>
    <context>
        <name>PeriodGrid</name>
        <message>
            <source>Claimed</source>
            <translation>主张金额</translation>
        </message>
        <message>
            <source>Computed</source>
            <translation>计算金额</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>单位确认</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>出勤天数</translation>
        </message>
        <message>
            <source>From (month)</source>
            <translation>开始月份</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>小时数</translation>
        </message>
        <message>
            <source>Months as 2026-03. Leave Owed empty to use the computed amount. Enter on the last row adds a period; Ctrl+S saves.</source>
            <translation>月份写成2026-03。应付金额留空则按计算金额。在最后一行按回车添加期间；Ctrl+S保存。</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Owed</source>
            <translation>应付金额</translation>
        </message>
        <message>
            <source>Paid before mediation</source>
            <translation>已付（调解前）</translation>
        </message>
        <message>
            <source>Pieces</source>
            <translation>计件数量</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>工资标准</translation>
        </message>
        <message>
            <source>Rate per</source>
            <translation>计薪方式</translation>
        </message>
        <message>
            <source>To (month)</source>
            <translation>结束月份</translation>
        </message>
    </context>
    <context>
        <name>RosterReportDialog</name>
        <message>
            <source>Copy report</source>
            <translation>复制报告</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>错误</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>提示</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>问题</translation>
        </message>
        <message>
            <source>Roster not imported</source>
            <translation>名册未导入</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>位置</translation>
        </message>
    </context>
    <context>
        <name>WorkersModel</name>
        <message>
            <source>(no period)</source>
            <translation>（未登记期间）</translation>
        </message>
        <message>
            <source>Claimed</source>
            <translation>主张</translation>
        </message>
        <message>
            <source>Confirmed by employer</source>
            <translation>单位确认</translation>
        </message>
        <message>
            <source>Evidence held</source>
            <translation>所持证据</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>身份证号</translation>
        </message>
        <message>
            <source>Unpaid before mediation</source>
            <translation>欠付（调解前）</translation>
        </message>
        <message>
            <source>Owed</source>
            <translation>应付</translation>
        </message>
        <message>
            <source>Paid before mediation</source>
            <translation>已付（调解前）</translation>
        </message>
        <message>
            <source>Work period</source>
            <translation>工作期间</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>工人</translation>
        </message>
    </context>
    <context>
        <name>ReportCharts</name>
        <message>
            <source>Cases received and closed per month</source>
            <translation>每月收案与结案（件）</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>收案</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>结案</translation>
        </message>
        <message>
            <source>{n} cases {p}%</source>
            <translation>{n}件 {p}%</translation>
        </message>
        <message>
            <source>Dispute types of the cases received</source>
            <translation>本期收案的争议类别</translation>
        </message>
        <message>
            <source>{n} in all</source>
            <translation>共{n}件</translation>
        </message>
        <message>
            <source>No cases received in this period</source>
            <translation>本期无收案</translation>
        </message>
        <message>
            <source>10,000 yuan</source>
            <translation>万元</translation>
        </message>
        <message>
            <source>yuan</source>
            <translation>元</translation>
        </message>
        <message>
            <source>Amounts agreed and paid per month ({unit})</source>
            <translation>每月协议金额与已履行金额（{unit}）</translation>
        </message>
        <message>
            <source>Agreed</source>
            <translation>协议金额</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>已履行</translation>
        </message>
    </context>
    <context>
        <name>FiguresModel</name>
        <message>
            <source>This period, {scope}
{period}</source>
            <translation>本期{scope}
{period}</translation>
        </message>
        <message>
            <source>total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>Previous period</source>
            <translation>上期</translation>
        </message>
        <message>
            <source>A year earlier</source>
            <translation>去年同期</translation>
        </message>
        <message>
            <source>Previous period {previous}; a year earlier {earlier}</source>
            <translation>上期 {previous}；去年同期 {earlier}</translation>
        </message>
        <message>
            <source>Double-click to list the cases</source>
            <translation>双击列出这些案件</translation>
        </message>
    </context>
    <context>
        <name>CorrectionsModel</name>
        <message>
            <source>Period corrected</source>
            <translation>更正期间</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>统计项目</translation>
        </message>
        <message>
            <source>Dispute type</source>
            <translation>争议类别</translation>
        </message>
        <message>
            <source>As reported</source>
            <translation>原报数</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>更正数</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>增减</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>涉及案件</translation>
        </message>
    </context>
    <context>
        <name>DrillDownDialog</name>
        <message>
            <source>{title}: {n} cases</source>
            <translation>{title}：共{n}件案件</translation>
        </message>
        <message>
            <source>{title}: {n} cases, {amount} yuan in all</source>
            <translation>{title}：共{n}件案件，合计{amount}元</translation>
        </message>
    </context>
    <context>
        <name>ReportScreen</name>
        <message>
            <source>Saved to {path}</source>
            <translation>已保存到 {path}</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>打开所在文件夹</translation>
        </message>
        <message>
            <source>All dispute types</source>
            <translation>全部类别</translation>
        </message>
        <message>
            <source>Compare periods for</source>
            <translation>上期和去年同期对比：</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>月度</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>季度</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>年度</translation>
        </message>
        <message>
            <source>Date range</source>
            <translation>自定义期间</translation>
        </message>
        <message>
            <source> (year)</source>
            <translation>年</translation>
        </message>
        <message>
            <source> (month)</source>
            <translation>月</translation>
        </message>
        <message>
            <source> (quarter)</source>
            <translation>季度</translation>
        </message>
        <message>
            <source>Q</source>
            <translation>第</translation>
        </message>
        <message>
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>统计期间</translation>
        </message>
        <message>
            <source>Calendar months</source>
            <translation>按自然月统计</translation>
        </message>
        <message>
            <source>Months run from the 21st to the 20th</source>
            <translation>按上月21日至本月20日统计</translation>
        </message>
        <message>
            <source>Export Excel…</source>
            <translation>导出Excel…</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>导出PDF…</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>导出CSV…</translation>
        </message>
        <message>
            <source>Export JSON…</source>
            <translation>导出JSON…</translation>
        </message>
        <message>
            <source>Mark as reported…</source>
            <translation>标记为已报送…</translation>
        </message>
        <message>
            <source>Mark as reported</source>
            <translation>标记为已报送</translation>
        </message>
        <message>
            <source>Mark {period} as reported to the district?

Its figures are kept as they are now and never change again; later changes to its cases are shown as corrections in the next report. This cannot be undone.</source>
            <translation>把{period}标记为已向上级报送？

本期数字将按现在的结果保存，以后不再改变；之后对案件的修改会作为更正列入下期报表。此操作不能撤销。</translation>
        </message>
        <message>
            <source>Not reported yet</source>
            <translation>未报送</translation>
        </message>
        <message>
            <source>Reported on {when} by {who}: the figures are those sent</source>
            <translation>已报送（{when}，{who}）：显示的是报送时的数字</translation>
        </message>
        <message>
            <source>Corrections to earlier reported periods, sent with this report: {n}</source>
            <translation>随本期报送的以前期间更正：{n}项</translation>
        </message>
        <message>
            <source>Counting {period}…</source>
            <translation>正在统计{period}…</translation>
        </message>
        <message>
            <source>Saving the figures of {period}…</source>
            <translation>正在保存{period}的报送数字…</translation>
        </message>
        <message>
            <source>The end date is before the start date.</source>
            <translation>截止日期早于起始日期。</translation>
        </message>
        <message>
            <source>all dispute types</source>
            <translation>全部类别</translation>
        </message>
        <message>
            <source>{figure}, {category}, {period}</source>
            <translation>{figure}（{category}，{period}）</translation>
        </message>
        <message>
            <source>Correction of {figure}, {period}</source>
            <translation>{period}{figure}的更正</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <source>JSON (*.json)</source>
            <translation>JSON 文件 (*.json)</translation>
        </message>
        <message>
            <source>Export the tally</source>
            <translation>导出统计表</translation>
        </message>
    </context>
    <context>
        <name>CalculatorDialog</name>
        <message>
            <source>Still to fill in: {fields}</source>
            <translation>填写以下各项后显示计算结果：{fields}</translation>
        </message>
        <message>
            <source>Calculator</source>
            <translation>计算器</translation>
        </message>
        <message>
            <source>Calculator — case {number}</source>
            <translation>计算器 — 案件{number}</translation>
        </message>
        <message>
            <source>e.g. 2026-03-15</source>
            <translation>如 2026-03-15</translation>
        </message>
        <message>
            <source>yuan</source>
            <translation>元</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>选填</translation>
        </message>
        <message>
            <source>Severance / damages</source>
            <translation>经济补偿／赔偿金</translation>
        </message>
        <message>
            <source>Employment start</source>
            <translation>入职日期（用工之日）</translation>
        </message>
        <message>
            <source>Last working day</source>
            <translation>最后工作日</translation>
        </message>
        <message>
            <source>Average monthly wage</source>
            <translation>离职前十二个月月平均工资</translation>
        </message>
        <message>
            <source>City average monthly wage of the previous year</source>
            <translation>上年度职工月平均工资</translation>
        </message>
        <message>
            <source>for the cap (3 ×); optional</source>
            <translation>用于三倍封顶；选填</translation>
        </message>
        <message>
            <source>Local minimum wage</source>
            <translation>当地最低工资标准</translation>
        </message>
        <message>
            <source>Unlawful dismissal: damages (2 ×, Art. 87)</source>
            <translation>违法解除或终止：计算赔偿金（二倍，第八十七条）</translation>
        </message>
        <message>
            <source>Double wages</source>
            <translation>二倍工资</translation>
        </message>
        <message>
            <source>Written contract signed on</source>
            <translation>书面劳动合同订立日期</translation>
        </message>
        <message>
            <source>empty if never signed</source>
            <translation>未订立则不填</translation>
        </message>
        <message>
            <source>Employment ended on</source>
            <translation>离职日期</translation>
        </message>
        <message>
            <source>empty if still employed</source>
            <translation>仍在职则不填</translation>
        </message>
        <message>
            <source>Monthly wage</source>
            <translation>月工资</translation>
        </message>
        <message>
            <source>Overtime</source>
            <translation>加班费</translation>
        </message>
        <message>
            <source>Extended hours on workdays</source>
            <translation>工作日延长工作时间（小时）</translation>
        </message>
        <message>
            <source>Hours on rest days without time off</source>
            <translation>休息日工作且未补休（小时）</translation>
        </message>
        <message>
            <source>Hours on statutory holidays</source>
            <translation>法定休假日工作（小时）</translation>
        </message>
        <message>
            <source>Months these hours span</source>
            <translation>以上时间所跨月数</translation>
        </message>
        <message>
            <source>Annual leave</source>
            <translation>未休年休假</translation>
        </message>
        <message>
            <source>Monthly wage without overtime pay</source>
            <translation>月工资（不含加班费）</translation>
        </message>
        <message>
            <source>Cumulative years of work</source>
            <translation>累计工作年限</translation>
        </message>
        <message>
            <source>or the days below</source>
            <translation>或填写下面的天数</translation>
        </message>
        <message>
            <source>Leave days per year</source>
            <translation>全年应休年休假天数</translation>
        </message>
        <message>
            <source>or the years above</source>
            <translation>或填写上面的年限</translation>
        </message>
        <message>
            <source>Days already taken</source>
            <translation>当年已休天数</translation>
        </message>
        <message>
            <source>Left during the year on</source>
            <translation>年度中间离职日期</translation>
        </message>
        <message>
            <source>optional: pro-rated</source>
            <translation>选填：按已过天数折算</translation>
        </message>
        <message>
            <source>Joined this year on</source>
            <translation>当年入职日期</translation>
        </message>
        <message>
            <source>The worker declined leave in writing for personal reasons</source>
            <translation>职工因本人原因书面提出不休年休假</translation>
        </message>
        <message>
            <source>Art. 85 range</source>
            <translation>加付赔偿金区间</translation>
        </message>
        <message>
            <source>Amount unpaid</source>
            <translation>欠付金额</translation>
        </message>
        <message>
            <source>Add as a claim</source>
            <translation>添加为请求事项</translation>
        </message>
        <message>
            <source>Local figures of</source>
            <translation>当地数据：地区</translation>
        </message>
        <message>
            <source>year</source>
            <translation>年度</translation>
        </message>
        <message>
            <source>Result and working</source>
            <translation>计算结果和过程</translation>
        </message>
        <message>
            <source>Applicant</source>
            <translation>申请人</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>(type the figures by hand)</source>
            <translation>（不使用当地数据表，手工填写）</translation>
        </message>
        <message>
            <source>(table is empty)</source>
            <translation>（当地数据表为空，请手工填写）</translation>
        </message>
        <message>
            <source>The locality table has no figures for {place} in {year}.</source>
            <translation>当地数据表中没有{place}{year}年的数据。</translation>
        </message>
        <message>
            <source>Filled from the locality table: {place}, {year}.</source>
            <translation>已从当地数据表填入：{place}，{year}年度。</translation>
        </message>
        <message>
            <source>Added to {name}'s claims: {what} {amount} yuan.</source>
            <translation>已添加为{name}的请求事项：{what} {amount}元。</translation>
        </message>
    </context>
    <context>
        <name>LimitationClockModel</name>
        <message>
            <source>Referred to arbitration on {day}</source>
            <translation>已于{day}移送仲裁</translation>
        </message>
        <message>
            <source>Applicant</source>
            <translation>申请人</translation>
        </message>
        <message>
            <source>Claim kind</source>
            <translation>请求类别</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>届满日期</translation>
        </message>
        <message>
            <source>Days left</source>
            <translation>剩余天数</translation>
        </message>
        <message>
            <source>Basis</source>
            <translation>计算依据</translation>
        </message>
    </context>
<context>
        <name>LimitationEventsModel</name>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>中止至</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>事件</translation>
        </message>
        <message>
            <source>Effect</source>
            <translation>效果</translation>
        </message>
        <message>
            <source>Applicant</source>
            <translation>申请人</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>登记人</translation>
        </message>
        <message>
            <source>All applicants</source>
            <translation>全体申请人</translation>
        </message>
        <message>
            <source>{effect} (not counted: settings)</source>
            <translation>{effect}（按设置不计入）</translation>
        </message>
    </context>
<context>
        <name>LimitationEventDialog</name>
        <message>
            <source>Add a limitation event</source>
            <translation>添加时效事件</translation>
        </message>
        <message>
            <source>All applicants</source>
            <translation>全体申请人</translation>
        </message>
        <message>
            <source>The cause has ended on</source>
            <translation>中止原因已于此日消除</translation>
        </message>
        <message>
            <source>e.g. text message asking for the wages, with a photo</source>
            <translation>例如：短信催要工资，有截图</translation>
        </message>
        <message>
            <source>Applicant</source>
            <translation>申请人</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>事件</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Suspension</source>
            <translation>时效中止</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>说明</translation>
        </message>
        <message>
            <source> (basis to be checked)</source>
            <translation>（依据待核实）</translation>
        </message>
    </context>
<context>
        <name>KnownDateDialog</name>
        <message>
            <source>Known date of the infringement</source>
            <translation>知道权利被侵害之日</translation>
        </message>
        <message>
            <source>Known on</source>
            <translation>知道之日</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Other claims than pay run one year from the day {name} knew or should have known that the right was infringed (e.g. the day of dismissal).</source>
            <translation>劳动报酬以外的请求，仲裁时效自{name}知道或应当知道其权利被侵害之日（例如被解除劳动合同之日）起计算一年。</translation>
        </message>
    </context>
<context>
        <name>LimitationTab</name>
        <message>
            <source>Arbitration limitation</source>
            <translation>仲裁时效</translation>
        </message>
        <message>
            <source>For reference only; the arbitration committee decides.</source>
            <translation>仅供参考，以仲裁委员会认定为准。</translation>
        </message>
        <message>
            <source>The agreement of this case has been performed; the dates are kept for the record.</source>
            <translation>本案调解协议已履行完毕，以下日期仅作记录。</translation>
        </message>
        <message>
            <source>Known date of the infringement…</source>
            <translation>知道权利被侵害之日…</translation>
        </message>
        <message>
            <source>Add event…</source>
            <translation>添加事件…</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>删除…</translation>
        </message>
        <message>
            <source>Last day to apply for arbitration</source>
            <translation>申请仲裁的参考截止日期</translation>
        </message>
        <message>
            <source>The application for mediation, its end and a signed agreement are taken from the case.</source>
            <translation>申请调解、调解终止和签订调解协议已按本案记录自动计入。</translation>
        </message>
        <message>
            <source>Interruptions and suspensions recorded</source>
            <translation>登记的时效中断、中止事件</translation>
        </message>
        <message>
            <source>Delete event</source>
            <translation>删除事件</translation>
        </message>
        <message>
            <source>Select an event first.</source>
            <translation>请先选择一个事件。</translation>
        </message>
        <message>
            <source>Delete the event “{what}” of {day}? The history keeps a record.</source>
            <translation>删除{day}的“{what}”事件？操作记录中会保留。</translation>
        </message>
        <message>
            <source>Known date of the infringement</source>
            <translation>知道权利被侵害之日</translation>
        </message>
        <message>
            <source>Select an applicant in the table first.</source>
            <translation>请先在表格中选择一名申请人。</translation>
        </message>
        <message>
            <source>{name}, {kind}: {basis}</source>
            <translation>{name}（{kind}）的计算依据：{basis}</translation>
        </message>
    </context>
    <context>
        <name>CommitteeDialog</name>
        <message>
            <source>Add committee</source>
            <translation>添加仲裁委员会</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Edit committee</source>
            <translation>修改仲裁委员会</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Places covered</source>
            <translation>管辖地名</translation>
        </message>
        <message>
            <source>e.g. 城南区 城南街道 (separated by spaces or 、)</source>
            <translation>如：城南区 城南街道（用空格或顿号分隔）</translation>
        </message>
        <message>
            <source>e.g. 城南区劳动人事争议仲裁委员会</source>
            <translation>如：城南区劳动人事争议仲裁委员会</translation>
        </message>
    </context>
    <context>
        <name>CommitteesModel</name>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Places covered</source>
            <translation>管辖地名</translation>
        </message>
    </context>
    <context>
        <name>CommitteesTab</name>
        <message>
            <source>Add…</source>
            <translation>添加…</translation>
        </message>
        <message>
            <source>Delete committee</source>
            <translation>删除仲裁委员会</translation>
        </message>
        <message>
            <source>Delete {name}?</source>
            <translation>删除“{name}”？</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>删除…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>修改…</translation>
        </message>
        <message>
            <source>When a case is referred, the committee whose places covered appear in the facts of the case (place of work) or the employer's address is suggested.</source>
            <translation>转介时，系统会推荐管辖地名出现在案情（劳动合同履行地）或用人单位住所中的仲裁委员会。</translation>
        </message>
    </context>
    <context>
        <name>OutcomeDialog</name>
        <message>
            <source>Case number there</source>
            <translation>对方案号</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Record the outcome</source>
            <translation>登记转介结果</translation>
        </message>
        <message>
            <source>e.g. 城劳人仲案〔2026〕12号</source>
            <translation>如：城劳人仲案〔2026〕12号</translation>
        </message>
        <message>
            <source>{route} of {day}, {body}</source>
            <translation>{day}{route}，{body}</translation>
        </message>
    </context>
    <context>
        <name>ReferralDialog</name>
        <message>
            <source>Correct a referral</source>
            <translation>修改转介记录</translation>
        </message>
        <message>
            <source>(not chosen)</source>
            <translation>（未选择）</translation>
        </message>
        <message>
            <source>All applicants</source>
            <translation>全部申请人</translation>
        </message>
        <message>
            <source>Arbitration committee</source>
            <translation>仲裁委员会</translation>
        </message>
        <message>
            <source>Date referred</source>
            <translation>转介日期</translation>
        </message>
        <message>
            <source>Enclosures</source>
            <translation>移送材料</translation>
        </message>
        <message>
            <source>For</source>
            <translation>转介对象</translation>
        </message>
        <message>
            <source>How</source>
            <translation>递交方式</translation>
        </message>
        <message>
            <source>No committee's places match the case; please choose one.</source>
            <translation>没有与本案地点相符的仲裁委员会，请选择。</translation>
        </message>
        <message>
            <source>No committees yet: add them under Settings → Arbitration committees.</source>
            <translation>尚未添加仲裁委员会：请在“设置 → 仲裁委员会”中添加。</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Only those ticked:</source>
            <translation>仅勾选的申请人：</translation>
        </message>
        <message>
            <source>Other enclosures, separated by 、</source>
            <translation>其他材料，用顿号分隔</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>回执</translation>
        </message>
        <message>
            <source>Receiving body</source>
            <translation>接收机构</translation>
        </message>
        <message>
            <source>Record a referral</source>
            <translation>登记转介</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>途径</translation>
        </message>
        <message>
            <source>Suggested: {reason}</source>
            <translation>推荐：{reason}</translation>
        </message>
        <message>
            <source>Tick at least one applicant.</source>
            <translation>请至少勾选一名申请人。</translation>
        </message>
        <message>
            <source>e.g. received by 张三, receipt no. 123</source>
            <translation>如：张三签收，回执号123</translation>
        </message>
        <message>
            <source>e.g. 城南区人民法院</source>
            <translation>如：城南区人民法院</translation>
        </message>
    </context>
    <context>
        <name>ReferralTab</name>
        <message>
            <source>Correct referral…</source>
            <translation>修改转介…</translation>
        </message>
        <message>
            <source>Correct referral</source>
            <translation>修改转介</translation>
        </message>
        <message>
            <source>Delete last outcome…</source>
            <translation>删除最后结果…</translation>
        </message>
        <message>
            <source>Delete outcome</source>
            <translation>删除结果</translation>
        </message>
        <message>
            <source>Select a referral with an outcome first.</source>
            <translation>请先选择一条已登记结果的转介记录。</translation>
        </message>
        <message>
            <source>Delete the outcome “{outcome}” of {day}?</source>
            <translation>删除{day}登记的结果“{outcome}”？</translation>
        </message>
        <message>
            <source>Legal basis: {basis}</source>
            <translation>法律依据：{basis}</translation>
        </message>
        <message>
            <source>Delete referral</source>
            <translation>删除转介</translation>
        </message>
        <message>
            <source>Delete referral…</source>
            <translation>删除转介…</translation>
        </message>
        <message>
            <source>Delete the referral of {day} to {body} and its {n} recorded outcomes?</source>
            <translation>删除{day}转介{body}的记录及其{n}条结果？</translation>
        </message>
        <message>
            <source>Record outcome</source>
            <translation>登记结果</translation>
        </message>
        <message>
            <source>Record outcome…</source>
            <translation>登记结果…</translation>
        </message>
        <message>
            <source>Record referral…</source>
            <translation>登记转介…</translation>
        </message>
        <message>
            <source>Referral</source>
            <translation>转介</translation>
        </message>
        <message>
            <source>Referrals and outcomes</source>
            <translation>转介记录及结果</translation>
        </message>
        <message>
            <source>Routes open to this case</source>
            <translation>本案可选择的途径</translation>
        </message>
        <message>
            <source>Select a referral first.</source>
            <translation>请先选择一条转介记录。</translation>
        </message>
    </context>
    <context>
        <name>ReferralsModel</name>
        <message>
            <source>Awaiting outcome</source>
            <translation>待登记结果</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Enclosures</source>
            <translation>移送材料</translation>
        </message>
        <message>
            <source>How</source>
            <translation>递交方式</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>回执</translation>
        </message>
        <message>
            <source>Receiving body</source>
            <translation>接收机构</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>途径</translation>
        </message>
    </context>
    <context>
        <name>RoutesModel</name>
        <message>
            <source>Last day</source>
            <translation>截止日期</translation>
        </message>
        <message>
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <source>Open now</source>
            <translation>目前可用</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>途径</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>是</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Arbitration committees</source>
            <translation>仲裁委员会</translation>
        </message>
    </context>
    <context>
        <name>CalculatorRulesBox</name>
        <message>
            <source>Calculators</source>
            <translation>计算器规则</translation>
        </message>
        <message>
            <source>Annual leave: count the day of leaving as a day passed</source>
            <translation>年休假折算时离职当日计入已过天数</translation>
        </message>
        <message>
            <source>Severance, part of a year</source>
            <translation>经济补偿不满一年部分</translation>
        </message>
        <message>
            <source>Pay days per month</source>
            <translation>月计薪天数</translation>
        </message>
    </context>
    <context>
        <name>LimitationSettingsTab</name>
        <message>
            <source>Events recorded on a case's arbitration limitation tab count only if their kind is ticked here. The application for mediation, its end and a signed agreement always count. Dates are advice; the arbitration committee decides.</source>
            <translation>案件“仲裁时效”页中登记的事件，只有在此勾选的类型才计入时效计算。申请调解、调解终止和签订调解协议始终计入。计算结果仅供参考，以仲裁委员会认定为准。</translation>
        </message>
        <message>
            <source> (17号令 Art.31, to be checked against the official text)</source>
            <translation>（17号令第31条，待与官方文本核对）</translation>
        </message>
    </context>
    <context>
        <name>AuditLabels</name>
        <message>
            <source>Referral</source>
            <translation>转介</translation>
        </message>
        <message>
            <source>Referral outcome</source>
            <translation>转介结果</translation>
        </message>
        <message>
            <source>Arbitration committee</source>
            <translation>仲裁委员会</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Places covered</source>
            <translation>管辖地名</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>途径</translation>
        </message>
        <message>
            <source>Referred on</source>
            <translation>转介日期</translation>
        </message>
        <message>
            <source>Receiving body</source>
            <translation>接收机构</translation>
        </message>
        <message>
            <source>How</source>
            <translation>递交方式</translation>
        </message>
        <message>
            <source>Enclosures</source>
            <translation>移送材料</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>回执</translation>
        </message>
        <message>
            <source>Decided on</source>
            <translation>结果日期</translation>
        </message>
        <message>
            <source>Case number there</source>
            <translation>对方案号</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Local figures</source>
            <translation>地区标准</translation>
        </message>
    </context>
    <context>
        <name>LocalitiesModel</name>
        <message>
            <source>Locality</source>
            <translation>地区</translation>
        </message>
        <message>
            <source>Minimum wage (monthly)</source>
            <translation>最低工资（月）</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>Previous year's average monthly wage</source>
            <translation>上年度职工月平均工资</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>年度</translation>
        </message>
    </context>
    <context>
        <name>LocalityDialog</name>
        <message>
            <source>Add local figures</source>
            <translation>添加地区标准</translation>
        </message>
        <message>
            <source>Edit local figures</source>
            <translation>修改地区标准</translation>
        </message>
        <message>
            <source>Locality</source>
            <translation>地区</translation>
        </message>
        <message>
            <source>Minimum wage (monthly)</source>
            <translation>最低工资（月）</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>Previous year's average monthly wage</source>
            <translation>上年度职工月平均工资</translation>
        </message>
        <message>
            <source>The row of a year holds the figures in force that year: the previous year's average as published for use in that year, and that year's minimum wage.</source>
            <translation>某年度一行填写该年度适用的数据：该年度公布使用的上年度职工月平均工资，以及该年度的月最低工资标准。</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>年度</translation>
        </message>
        <message>
            <source>e.g. source: the city's statistical bulletin</source>
            <translation>例如：来源为本市统计公报</translation>
        </message>
        <message>
            <source>e.g. 某市</source>
            <translation>例如：某市</translation>
        </message>
        <message>
            <source>yuan; leave blank if unknown</source>
            <translation>元；不详可不填</translation>
        </message>
        <message>
            <source>{place} already has figures for {year}; select that row to edit it.</source>
            <translation>{place}{year}年度的数据已录入，请选中该行后修改。</translation>
        </message>
    </context>
    <context>
        <name>LocalitiesTab</name>
        <message>
            <source>Add…</source>
            <translation>添加…</translation>
        </message>
        <message>
            <source>Delete local figures</source>
            <translation>删除地区标准</translation>
        </message>
        <message>
            <source>Delete the figures of {place} for {year}?</source>
            <translation>删除{place}{year}年度的数据？</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>删除…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>修改…</translation>
        </message>
        <message>
            <source>The calculators (Ctrl+K) fill the average and minimum wage from this table: severance reads the row of the year of the last working day. Figures typed in the calculator win.</source>
            <translation>计算器（Ctrl+K）从本表填入上年度职工月平均工资和最低工资：经济补偿取最后工作日所在年度的一行。在计算器中手动填写的数字优先。</translation>
        </message>
    </context>
</TS>
