package merchlab.sample.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How shoppers word their service requests, per intent and language, with {@code {order}} for an order number and
 * {@code {product}} for a product's name. The intents are those of the shared service data set.
 */
final class ServicePhrases {
    private ServicePhrases() {
    }

    static Map<String, List<String>> of(String lang) {
        return lang.equals("zh") ? CHINESE : ENGLISH;
    }

    /** Words a shopper may open a message with. */
    static List<String> openers(String lang) {
        return lang.equals("zh") ? List.of("", "", "你好，", "您好，", "请问", "麻烦一下，", "客服，", "急！")
                : List.of("", "", "hi, ", "hello ", "hey ", "excuse me, ", "good morning, ", "quick question: ");
    }

    /** Words a shopper may close a message with. */
    static List<String> closers(String lang) {
        return lang.equals("zh") ? List.of("", "", "，谢谢", "，麻烦了", "？", "，尽快回复", "！")
                : List.of("", "", " thanks", " please", " thank you", "!", " asap", ", cheers");
    }

    private static final Map<String, List<String>> ENGLISH = new LinkedHashMap<>();
    private static final Map<String, List<String>> CHINESE = new LinkedHashMap<>();

    static {
        ENGLISH.put("track_order", List.of("where is my order {order}", "can you track order {order} for me",
                "has my order {order} shipped yet?", "what is the status of order {order}",
                "order {order} has not arrived, where is it", "I want to know where purchase {order} is",
                "when will order number {order} arrive", "track {order} please"));
        ENGLISH.put("cancel_order", List.of("please cancel order {order}", "I want to cancel my order {order}",
                "can I still cancel purchase {order}?", "cancel {order}, I changed my mind",
                "how do I cancel order number {order}", "I need to cancel the order {order} right away"));
        ENGLISH.put("change_order", List.of("I want to change something in order {order}",
                "can I add an item to order {order}", "please modify my order {order}",
                "I need to swap a product in purchase {order}", "edit order {order} please"));
        ENGLISH.put("get_refund", List.of("I want my money back for order {order}", "refund order {order} please",
                "how do I get a refund for purchase {order}", "I returned order {order}, I want a refund",
                "can I be reimbursed for order {order}"));
        ENGLISH.put("get_invoice", List.of("send me the invoice for order {order}", "I need a bill for purchase {order}",
                "where can I download the invoice of order {order}", "invoice for {order} please"));
        ENGLISH.put("place_order", List.of("I want to buy the {product}", "how much is the {product}?",
                "is the {product} in stock", "can I order the {product}", "do you still have the {product}",
                "I'd like to purchase the {product}", "price of {product}?"));
        ENGLISH.put("delivery_options", List.of("what shipping methods do you offer", "do you have express delivery?",
                "which delivery options are there", "can I get my parcel delivered the next day",
                "what are the shipping options"));
        ENGLISH.put("check_payment_methods", List.of("which payment methods do you accept", "can I pay with paypal?",
                "do you take credit cards", "what are the ways to pay", "is cash on delivery possible"));
        ENGLISH.put("contact_human_agent", List.of("I want to talk to a person", "let me speak to a human agent",
                "connect me with a real person please", "is there a human I can talk to", "transfer me to an agent",
                "can I speak with someone from customer service", "I need to talk to a live agent", "get me an operator"));
        ENGLISH.put("complaint", List.of("I am very unhappy with your service", "I want to file a complaint",
                "your support has been terrible", "this is unacceptable, I want to complain",
                "I have a complaint about my last purchase", "I am not happy at all with how this was handled",
                "your customer service is the worst", "I want to lodge a formal complaint", "I am disappointed with the shop"));

        CHINESE.put("track_order", List.of("我的订单{order}到哪了", "帮我查一下订单{order}的物流", "订单{order}发货了吗",
                "订单号{order}什么时候到", "{order}这个订单还没收到", "查询订单{order}的状态"));
        CHINESE.put("cancel_order", List.of("请取消订单{order}", "我想取消订单{order}", "订单{order}还能取消吗",
                "帮我把订单{order}取消了", "不想要了，取消{order}"));
        CHINESE.put("change_order", List.of("我想修改订单{order}", "订单{order}能加一件商品吗", "帮我改一下订单{order}",
                "订单{order}想换个商品"));
        CHINESE.put("get_refund", List.of("订单{order}我要退款", "怎么给订单{order}退款", "订单{order}已经退货了，请退钱",
                "申请订单{order}的退款"));
        CHINESE.put("get_invoice", List.of("请给我订单{order}的发票", "订单{order}怎么开发票", "我需要订单{order}的发票",
                "订单{order}的电子发票在哪下载"));
        CHINESE.put("place_order", List.of("我想买{product}", "{product}多少钱", "{product}有货吗", "{product}还能买吗",
                "怎么下单{product}", "请问{product}现在有库存吗"));
        CHINESE.put("delivery_options", List.of("你们有哪些配送方式", "可以发顺丰吗", "能不能次日达", "有没有加急快递",
                "配送方式有哪些选择"));
        CHINESE.put("check_payment_methods", List.of("可以用支付宝付款吗", "支持哪些支付方式", "能用微信支付吗",
                "可以货到付款吗", "信用卡能付款吗"));
        CHINESE.put("contact_human_agent", List.of("我要找人工客服", "转人工", "请帮我转接人工服务", "有没有真人客服",
                "我想和客服人员通话", "能不能让真人来回答", "人工服务在哪里"));
        CHINESE.put("complaint", List.of("我要投诉", "你们的服务太差了", "对这次购物非常不满意", "我要投诉你们的客服",
                "这样处理我无法接受，我要投诉", "我对你们的处理结果很不满", "你们的服务让我很失望"));
    }
}
