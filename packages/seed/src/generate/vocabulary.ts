// Bilingual technical terms, grouped by the top-level field they belong to. They translate patent
// titles (zh→en for Chinese patents, en→zh for NASA ones) and supply listing keywords. One term a
// line, `中文|English`; order inside a group does not matter (the translator matches longest first).
const GROUPS: Record<string, string> = {
  general: `
装置|device
设备|equipment
系统|system
方法|method
制备方法|preparation method
制备工艺|preparation process
生产方法|production method
生产工艺|production process
加工方法|processing method
生产线|production line
平台|platform
结构|structure
机构|mechanism
组件|assembly
终端|terminal
终端设备|terminal device
计算机设备|computer device
电子设备|electronic device
设备以及存储介质|device and storage medium
存储介质|storage medium
可读存储介质|readable storage medium
计算机可读存储介质|computer-readable storage medium
计算机可读介质|computer-readable medium
介质|medium
应用|application
用途|use
使用方法|method of use
应用方法|application method
控制方法|control method
控制系统|control system
检测方法|detection method
检测装置|detection device
检测设备|testing equipment
检测系统|inspection system
管理系统|management system
高效|high-efficiency
高性能|high-performance
智能|intelligent
智能化|intelligent
新型|novel
多功能|multifunctional
自动|automatic
自动式|automatic
节能|energy-saving
节能型|energy-saving
环保|eco-friendly
节能环保型|energy-saving eco-friendly
便携式|portable
一体化|integrated
一体机|all-in-one machine
新方法|new method
安装架|mounting frame
安装结构|mounting structure
升降装置|lifting device
清洗装置|cleaning device
回收|recycling
回收再利用|recovery and reuse
回收再利用的装置|recovery and reuse device
防治装置|control device
监控系统|monitoring system
预警系统|early-warning system
报警方法|alarm method
大批量|large-scale
批量|batch
模型|model
产品|product
`,
  new_materials: `
石墨烯|graphene
石墨烯薄膜|graphene film
氧化石墨烯|graphene oxide
预还原氧化石墨烯薄膜|pre-reduced graphene oxide film
双层石墨烯|bilayer graphene
扭转双层石墨烯|twisted bilayer graphene
六方氮化硼|hexagonal boron nitride
表面|surface
氮元素掺杂|nitrogen-doped
氮掺杂|nitrogen-doped
掺杂铝|aluminium-doped
多孔生物碳|porous biochar
电极材料|electrode material
碳材料|carbon material
活性炭|activated carbon
成型装置|forming device
膜厚|film thickness
可灵活控制膜厚|flexibly controlled film thickness
薄膜制备装置|film preparation device
载网铜衬底|copper grid substrate
转移|transfer
批量转移|batch transfer
等静压产品|isostatically pressed product
生物质|biomass
微波无氧碳化|microwave anaerobic carbonisation
无污染|pollution-free
发热体|heating element
超高温温场平台|ultra-high-temperature thermal-field platform
黑色陶瓷材料|black ceramic material
陶瓷材料|ceramic material
地下采空区填充材料|underground goaf filling material
水泥助磨剂|cement grinding aid
水泥窑窑口专用浇注料|castable for cement kiln mouths
浇注料|castable
混凝土制品|concrete product
养护方法|curing method
玻璃生产|glass production
横切机|cross-cutting machine
防位移装置|anti-displacement device
光伏玻璃|photovoltaic glass
落砂处理装置|sand-removal device
轻质保温真石漆涂料|lightweight thermal-insulating stone-like coating
人造石填料|artificial stone filler
表面改性重质碳酸钙|surface-modified heavy calcium carbonate
高效玻璃切割刀头|high-efficiency glass cutting head
钛合金|titanium alloy
中等强度|medium-strength
耐硝酸腐蚀|nitric-acid-resistant
耐硝酸腐蚀钛合金|nitric-acid-resistant titanium alloy
含钛活性钎料|titanium-containing active brazing filler
增材制造|additively manufactured
增材制造钛合金|additively manufactured titanium alloy
含铜耐磨涂层|copper-containing wear-resistant coating
泡沫铝材料|aluminium foam
吸能构件|energy-absorbing component
护栏结构|guardrail structure
制作方法|fabrication method
再生铝|recycled aluminium
铝锭|aluminium ingot
铝锭生产加工|aluminium ingot production
回收熔炼装置|recovery and smelting device
金属复合板|metal clad plate
铝溶液|molten aluminium
均量喷出装置|uniform spraying device
铝合金锭|aluminium alloy ingot
定量浇注装置|quantitative pouring device
铝锂合金|aluminium-lithium alloy
高比强度|high specific strength
比刚度|specific stiffness
厚壁环形件|thick-walled ring
高磷铁水|high-phosphorus hot metal
镍系钢|nickel-series steel
热熔胶|hot-melt adhesive
可淋膜|laminatable
热交联固化|thermally cross-linked
喷丝板|spinneret
真空清洗炉|vacuum cleaning furnace
黑磷烯|black phosphorene
塑料改性|plastic modification
抗菌剂|antibacterial agent
尼龙面料|nylon fabric
服装加工|garment processing
裁剪平台|cutting table
植物染料|plant dye
端基官能化|end-functionalised
聚二甲基硅氧烷|polydimethylsiloxane
端基官能化的聚二甲基硅氧烷|end-functionalised polydimethylsiloxane
应用泡沫铝材料的吸能构件|energy-absorbing component made of aluminium foam
管道防腐粉末涂料|anti-corrosion powder coating for pipelines
缝纫装置|sewing device
稀土|rare earth
稀土永磁体|rare-earth permanent magnet
贵金属|precious metal
`,
  plateau_agriculture: `
茶叶|tea
茶叶加工|tea processing
茶叶生产加工|tea production and processing
鲜叶提升机|fresh-leaf elevator
萎凋房|withering room
白茶生产线|white tea production line
白茶生产工艺|white tea process
白茶|white tea
桑叶|mulberry leaf
杀青方法|de-enzyming method
桑叶茶|mulberry leaf tea
蓝莓茶|blueberry tea
蓝莓茶生产系统|blueberry tea production system
蓝莓爆珠等渗运动茶饮料|isotonic sports tea drink with blueberry popping pearls
食用菌|edible fungi
工厂化出菇棚|factory mushroom-fruiting shed
栽培条件调节方法|cultivation-condition regulation method
工厂化生产|factory production
微循环装置|micro-circulation device
火龙果种植装置|dragon fruit planting device
节水灌溉装置|water-saving irrigation device
灌溉装置|irrigation device
灌溉方法|irrigation method
灌溉设备|irrigation equipment
喷洒灌溉设备|spraying and irrigation equipment
农业种植|agricultural planting
农业种植灌溉装置|agricultural irrigation device
节约水资源|water-saving
能够节约水资源|water-saving
智慧农业|smart agriculture
农业|agricultural
物联网农业|IoT agricultural
水稻|rice
水稻种植|rice cultivation
水稻育种架|rice breeding rack
水稻杂交|hybrid rice
温汤剂杀雄装置|hot-water emasculation device
仿生驱鸟装置|bionic bird-repelling device
驱鸟保护装置|bird-repelling protection device
行走式农药喷洒设备|walking pesticide sprayer
农药喷洒设备|pesticide sprayer
果林病虫害|orchard pest and disease
病虫害|pest and disease
病虫害监测预警系统|pest and disease monitoring and early-warning system
病虫害高效防治装置|high-efficiency pest control device
药物喷洒装置|pesticide spraying device
蔬菜|vegetable
果蔬|fruit and vegetable
果蔬种植管理系统|fruit and vegetable cultivation management system
果园采收机械装置|orchard harvesting machine
山地梯田|mountain terrace
芒果种植|mango cultivation
除草机|weeding machine
烟草|tobacco
烟草采收输送装置|tobacco harvesting and conveying device
烟草专用炭基复混肥|carbon-based compound fertiliser for tobacco
烟叶|tobacco leaf
仔猪|piglet
猪舍|pig house
发酵床猪舍|fermentation-bed pig house
饮水系统|drinking-water system
猪仔防压伤型猪舍|anti-crushing farrowing house
仔猪电热板|electric heating plate for piglets
仔猪饲料添加剂|piglet feed additive
养殖场|livestock farm
多功能围栏|multifunctional fence
养殖舍|livestock shed
取暖|heating
石墨烯碳纳米发热装置|graphene carbon-nano heating device
石墨烯发热膜|graphene heating film
智能投喂方法|intelligent feeding method
机器视觉|machine vision
环境动态耦合|dynamic environmental coupling
循环水养殖|recirculating aquaculture
鱼类投喂决策系统|fish feeding decision system
鱼群游泳能耗分析|fish-school swimming energy analysis
果蔬酵素酸奶|fruit and vegetable enzyme yoghurt
高效混合设备|high-efficiency mixing equipment
水果制品|fruit product
原料清洗装置|raw-material cleaning device
冻干果蔬糖浆喷涂|freeze-dried fruit and vegetable syrup spraying
低氨纳豆|low-ammonia natto
茶多酚|tea polyphenols
佛手果|fingered citron
超声波辅助高电压脉冲电场浸提设备|ultrasound-assisted pulsed-electric-field extraction equipment
调理羊肉串|marinated lamb skewer
保鲜效果优异的调理羊肉串|long-shelf-life marinated lamb skewers
能够节约水资源的农业种植灌溉装置|water-saving agricultural irrigation device
保鲜效果优异|long-shelf-life
耐盐性|salt tolerance
调控植物耐盐性|regulating plant salt tolerance
蛋白质|protein
编码基因|coding gene
番茄表皮毛|tomato trichome
生长发育|growth and development
基因|gene
花卉|flower
园林景观路灯|landscape street lamp
可种植花卉|flower-planting
果蔬垃圾堆肥|fruit and vegetable waste composting
光伏补光种植|photovoltaic supplementary-light cultivation
阶梯式装置|stepped device
水电站|hydropower station
高压输电线路|high-voltage transmission line
`,
  biomedicine: `
干细胞|stem cell
造血干细胞|hematopoietic stem cell
间充质干细胞培养|mesenchymal stem cell culture
无血清培养基|serum-free medium
自体脂肪干细胞|autologous adipose stem cell
体外培养装置|in-vitro culture device
扩增装置|expansion device
营养液|nutrient solution
培养试剂盒|culture kit
试剂盒|kit
培育方法|cultivation method
干细胞培育方法|stem cell cultivation method
食品发酵罐|food fermentation tank
固液分离|solid-liquid separation
啤酒机|beer dispenser
识别技术|recognition technology
高通量测序数据|high-throughput sequencing data
孕妇早产预测装置|preterm-birth prediction device
病原体现场核酸检测|on-site pathogen nucleic acid testing
细菌自动接种仪|automatic bacterial inoculator
牙种植|dental implant
定位器|locator
α-熊果苷|α-arbutin
固定化酶转化合成方法|immobilised-enzyme synthesis method
上转换荧光识别探针|upconversion fluorescent recognition probe
溶瘤病毒|oncolytic virus
纯化方法|purification method
蛋白质亲和纯化方法|protein affinity purification method
蛋白质提取冰盒|protein extraction ice box
重组人源化胶原蛋白|recombinant humanised collagen
纯化|purification
内毒素去除方法|endotoxin removal method
无菌苗来源植物细胞|plant cells from sterile seedlings
高生物降解性|highly biodegradable
α-磷酸三钙纳米粉体|α-tricalcium phosphate nanopowder
信息推送方法|information push method
可调控细胞粘附性能|tunable cell adhesion
磷酸钙生物活性支架|bioactive calcium phosphate scaffold
钛合金人工仿生腰椎|titanium-alloy bionic artificial lumbar vertebra
肝胆外科|hepatobiliary surgery
手术辅助系统|surgical assistance system
腰椎颈椎一体康复理疗床|integrated lumbar-cervical rehabilitation bed
多功能托盘治疗箱|multifunctional tray treatment case
无创血液分析方法|non-invasive blood analysis method
目标区域捕获|target region capture
甲基化突变检测方法|methylation mutation detection method
枯草芽孢杆菌活菌计数培养基|Bacillus subtilis viable-count medium
稀释液|diluent
活菌计数方法|viable-count method
预测肝癌预后|predicting liver cancer prognosis
标志物组合|biomarker panel
三尖杉碱衍生物|cephalotaxine derivatives
促进围绝经期女性补钙|calcium supplementation in perimenopausal women
中药组方|traditional Chinese medicine formula
儿童专用钙片|calcium tablets for children
围绝经期女性专用钙片|calcium tablets for perimenopausal women
抗肿瘤中药组合物|anti-tumour TCM composition
药物|medicament
中药|traditional Chinese medicine
中药合剂|TCM mixture
缓释消毒凝胶|sustained-release disinfectant gel
缓释药物组合物|sustained-release pharmaceutical composition
中药加工|TCM processing
高效粉碎机|high-efficiency pulveriser
中药制剂|TCM preparation
主动增压提取装置|active pressurised extraction device
`,
  digital_economy: `
图像处理技术|image processing technology
钢结构焊接裂纹缺陷检测方法|steel-structure weld-crack detection method
深度学习|deep learning
烟框烟叶等级判定方法|tobacco-leaf grading method
深度学习目标检测|deep-learning object detection
光伏缺陷检测方法|photovoltaic defect detection method
平台新增设备的筛选方法|screening method for newly added platform devices
数据处理方法|data processing method
遥感数据服务平台|remote-sensing data service platform
目标内容检测模型评测方法|evaluation method for target-content detection models
虚拟形象切换方法|avatar switching method
订单处理方法|order processing method
储能规划|energy-storage planning
典型复合型场景缩减方法|typical compound scenario reduction method
人工智能|artificial intelligence
人工智能业务生成方法|AI service generation method
人工智能图像识别结果|AI image recognition results
置信度评判方法|confidence assessment method
人工智能物联网沟通处理系统|AIoT communication processing system
互联网+|Internet Plus
医疗垃圾管理方法|medical waste management method
多层次知识蒸馏|multi-level knowledge distillation
连续图像语义分割方法|continual image semantic segmentation method
神经网络|neural network
大工业用电基本电费预测方法|basic electricity tariff forecasting method for large industrial users
多账户融合支付方法|multi-account converged payment method
潜在资产提升客户预测方法|prediction method for customers with asset-growth potential
5G云计算终端|5G cloud computing terminal
道路交通调控方法|road traffic control method
5G通讯技术|5G communication technology
物联网|the Internet of Things
物联网数据采集终端|IoT data acquisition terminal
物联网数据采集网关|IoT data acquisition gateway
自动报警模块|automatic alarm module
支持多行业多场景|multi-industry multi-scenario
智慧城市|smart city
5G交通信号灯|5G traffic signal light
智能终端|smart terminal
物联网远程控制系统|IoT remote control system
烟雾报警器光学迷宫结构|optical labyrinth structure for smoke alarms
输配电线路|power distribution line
二维识别数据信息|two-dimensional identification data
杆号牌|pole number plate
高速公路极端天气|expressway extreme weather
交通事故蓝牙预警装置|Bluetooth traffic-accident warning device
北斗网格|BeiDou grid
旅游点规划系统|tourist-site planning system
区块链技术|blockchain technology
区块链|blockchain
猪肉溯源系统|pork traceability system
科技成果评估服务网络平台构建方法|method for building a technology-assessment service platform
联盟链|consortium blockchain
旅游信息处理方法|tourism information processing method
旅游云计算系统|tourism cloud computing system
旅游路线的智能规划方法|intelligent tourist-route planning method
智能规划方法|intelligent planning method
旅游路线|tourist route
智慧农业病虫害云平台|smart-agriculture pest and disease cloud platform
检查检验结果共享互认系统|mutual-recognition system for medical test results
运营商营销活动效果收集方法|method for collecting carrier marketing campaign results
网络监控方法|network monitoring method
`,
  high_end_equipment: `
用于铝件加工的冲切模具|punching die for aluminium parts
冲切模具|punching die
铝件加工|aluminium part processing
钛合金材料|titanium alloy material
等温成形加热装置|isothermal forming heating device
铝箔餐盒生产工艺|aluminium-foil food container process
锂电池正极材料|lithium battery cathode material
废旧匣钵|spent sagger
航天器地面分离实验装置|spacecraft ground separation test device
扰动力施加功能|disturbance-force loading
多用途6轴飞行平台头罩|multi-purpose six-axis flight platform canopy
小型折叠翼无人机|small folding-wing UAV
一体化地面测试平台|integrated ground test platform
测试方法|test method
立方星平台|CubeSat platform
立方星|CubeSat
飞行器|aircraft
单扭簧储能旋转凸轮式安全开关机构|single-torsion-spring rotating-cam safety switch
超声和红外探伤|ultrasonic and infrared flaw detection
锂电池|lithium battery
新烟碱类农药残留|neonicotinoid pesticide residue
多通道试纸检测装置|multi-channel test-strip detector
铝合金压铸件|aluminium alloy die casting
探伤检测装置|flaw detection device
锂电池测试探针|lithium battery test probe
绝缘座安装结构|insulating-seat mounting structure
高端装备制造|high-end equipment manufacturing
铝板抗压检测设备|aluminium-plate compression tester
焊接翻转上料机构|welding flip-and-feed mechanism
锂电池焊接设备|lithium battery welding equipment
超长薄壁异型钛合金管件|ultra-long thin-walled shaped titanium-alloy tubes
车床夹具|lathe fixture
铝合金工件制备装置|aluminium alloy workpiece preparation device
铝模板数控铣筋机|CNC rib-milling machine for aluminium formwork
锂电池极耳裁剪装置|lithium battery tab cutting device
光伏发电站发电机|photovoltaic power-station generator
减震底座|shock-absorbing base
新能源汽车|new energy vehicle
铸铝转子|cast-aluminium rotor
电网支撑型有源换流器|grid-forming active converter
换流系统|converter system
隔离型高低压双输出变换器|isolated high/low-voltage dual-output converter
工业机器人喷涂操控台|industrial robot spraying console
工业用智能机器人仿生机械手抓取设备|bionic manipulator gripping equipment for industrial robots
机械手平台|manipulator platform
燃气管网|gas pipeline network
巡逻机器人导轨结构|patrol-robot guide rail structure
智能声控电动汽车充电桩|voice-controlled EV charging pile
加油站新能源超级充电系统|super-charging system for filling stations
自动挡汽车|automatic-transmission vehicle
陆空两栖道面巡检车|amphibious land-air pavement inspection vehicle
`,
  new_energy: `
太阳能光伏板铝边框型材|aluminium frame profile for solar panels
可快速组装|quick-assembly
太阳能光伏表面清理组件|solar panel surface cleaning assembly
智能光伏站专用太阳能板安装架|solar panel mounting frame for smart PV stations
高性能光伏铝合金边框|high-performance aluminium alloy PV frame
锂离子电池隔膜|lithium-ion battery separator
高耐热高粘接性|high heat resistance and adhesion
新能源汽车锂电池回收用穿刺放电装置|puncture discharge device for recycling EV lithium batteries
石墨烯改性磷酸铁锂|graphene-modified lithium iron phosphate
磷酸铁锂电池|lithium iron phosphate battery
高压实长循环磷酸铁锂正极材料|high-compaction long-cycle LFP cathode material
掺杂铝的高压实长循环磷酸铁锂正极材料|aluminium-doped high-compaction long-cycle LFP cathode material
对转螺旋叶片海流轮机|contra-rotating helical-blade current turbine
海洋供电站|ocean power station
海洋温差能开采设备|ocean thermal energy conversion equipment
风电叶片转运装置|wind turbine blade transporter
双车联动控制方法|dual-vehicle coordinated control method
钙钛矿太阳电池|perovskite solar cell
高效稳定大面积半透明钙钛矿太阳电池|efficient, stable large-area semi-transparent perovskite solar cell
`,
  other: `
绿植花卉用环保肥料|eco-friendly fertiliser for ornamental plants
铝电解换阳极防烫伤平台|anti-scald platform for anode change in aluminium electrolysis
叔戊醇锂废料|lithium tert-amylate waste
电池级碳酸锂|battery-grade lithium carbonate
氯代亚磷酸二乙酯|diethyl chlorophosphite
氧化铝陶瓷过滤板浆料分散|alumina ceramic filter slurry dispersion
搅拌装置|stirring device
无负压供水设备|non-negative-pressure water supply equipment
加强支撑结构|reinforced support structure
阴角铝模板|inside-corner aluminium formwork
施工平台侧向滑移|lateral slip of construction platforms
铝基合金粉雾化生产|aluminium alloy powder atomisation
三通闸板阀|three-way gate valve
打端接插浸锡一体机|terminal crimping, inserting and tin-dipping machine
稀土永磁体生产|rare-earth magnet production
往复式毛坯压合装置|reciprocating blank pressing device
实验室玻璃仪器制造方法|laboratory glassware manufacturing method
电动汽车无线充电系统|EV wireless charging system
线圈偏移调节实验演示装置|coil-offset demonstration device
驾培学员人工智能防作弊方法|AI anti-cheating method for driving-school trainees
增强现实的眼镜装置|augmented-reality glasses
果壳|fruit shell
燃料|fuel
油茶籽烘干装置|camellia seed dryer
蓄热焚烧装置|regenerative thermal oxidiser
大功率太阳能光伏组件|high-power PV module
铝型材边框|aluminium profile frame
加长减薄型|lengthened and thinned
热氨水型溴化锂制冷机热源补偿装置|heat-source compensator for hot-ammonia lithium bromide chillers
废旧锂电池极片回收方法|spent lithium battery electrode recycling method
重金属钝化剂|heavy-metal passivator
园林灌溉水池用水净化循环装置|water purification and circulation device for garden irrigation ponds
管道直饮水浓水|concentrate from pipeline drinking water
碳载体吸附稀土元素|rare-earth elements adsorbed on carbon carriers
钢铁材料|steel
微合金化的方法|microalloying method
镀锡薄板生产线|tinplate production line
防堵淬水槽|anti-clogging quench tank
海上石油钻井支架|offshore oil drilling support
钛矿生产|titanium ore production
弱磁选机|low-intensity magnetic separator
生猪屠宰|pig slaughtering
再造烟叶涂布液|reconstituted tobacco coating liquid
`,
  nasa: `
传感器|sensor
纳米传感器|nanosensors
医学诊断|medical diagnosis
伤口愈合|wound healing
材料|material
微器官装置|micro-organ device
微波组织焊接|microwave tissue welding
伤口闭合|wound closure
聚合酶链式反应|polymerase chain reaction
预处理试剂盒|preparation kit
算法|algorithm
自主移动|autonomous mobility
行星图像特征|planetary image features
自动提取|automatic extraction
自适应降噪|adaptive noise reduction
视觉数据架构|vision data architecture
量子|quantum
保密光通信|secure optical communications
数据降采样|data down-sampling
快速|fast
湍流建模|turbulence modelling
大气湍流建模|atmospheric turbulence modelling
飞行器|aero vehicles
光学数据存储系统|optical data storage system
微区板|micro zone plate
激光通信终端|laser communications terminal
无线|wireless
篡改检测传感器|tamper detection sensor
微流控通道|microfluidic channel
芯片实验室装置|lab-on-a-chip device
粒子阻尼|particle damping
振动抑制|vibration mitigation
电路卡|circuit cards
稳频激光器|frequency-stabilised laser
可调谐|tunable
微型光谱仪|micro spectrometer
平行光|parallel light
原子氧通量监测仪|atomic oxygen fluence monitor
绿色精密清洗系统|green precision cleaning system
低质量自由活塞空间辐射器|low-mass free-piston space radiator
飞行处理器卡|flight processor card
喷气发动机排气喷管|jet engine exhaust nozzle
流动效应器|flow effector
射流噪声|jet noise
降噪|noise reduction
等离子体推力器|plasma thruster
尘埃等离子体推力器|dusty plasma thruster
辐射计|radiometer
低温|low-temperature
低成本|low-cost
热测量|thermal measurements
次声|infrasound
户外测量|outdoor measurement
粘度计|viscometer
气体泄漏|gas leaks
原位测量|in-situ measurements
紧凑型传感器|compact sensor
精密延时测量电路|precise delay measurement circuit
直线轴承|linear bearing
柔性铰链|flexure-base
结构接头|structural joint
多轴承载能力|multi-axis load carrying capacity
阀门|valve
启动阀|start valve
串联弹性执行器|series elastic actuators
力与阻抗控制|force and impedance control
架构|architecture
灵巧人形机器人手腕|dexterous humanoid robotic wrist
灵巧人形机器人手指|dexterous humanoid robotic finger
机器人|robot
人体抓握助力|human grasp assist
制氢|hydrogen production
垃圾填埋气|landfill gas
生物质|biomass
光纤太阳能电池|optical fibre solar cell
多结太阳能电池|multijunction solar cell
硒中间层|selenium interlayer
高效|high-efficiency
固体氧化物燃料电池堆|solid oxide fuel cell stack
模块化电池充电控制器|modular battery charge controller
气体传感器|gas sensors
碳纳米管|carbon nanotubes
自由电子激光|free electron laser
烧蚀合成|ablative synthesis
聚酰亚胺气凝胶薄膜|polyimide aerogel thin films
气凝胶|aerogels
泡沫铝|foamed aluminium
镍钴合金|nickel-cobalt alloy
电沉积|electrodeposited
温度敏感涂层传感器|temperature-sensitive coating sensor
赤铁矿|hematite
应变计|strain gages
纳米复合材料|nanocomposite
聚酰亚胺导线绝缘修复系统|polyimide wire insulation repair system
`,
};

/** A bilingual term with the field group it came from. */
export interface Term {
  zh: string;
  en: string;
  group: string;
}

/** Every term of the table, longest Chinese first so greedy matching prefers specific terms. */
export const TERMS: readonly Term[] = Object.entries(GROUPS)
  .flatMap(([group, block]) =>
    block
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line) => {
        const [zh = "", en = ""] = line.split("|");
        return { zh, en, group };
      }),
  )
  .sort((a, b) => b.zh.length - a.zh.length || a.zh.localeCompare(b.zh));
